"use client";

import { useActionState, useState } from "react";
import { saveSegmentTable } from "@/app/admin/episodes/transcript-actions";
import { Button } from "@/components/ui/button";
import type { SegmentTableState } from "@/lib/desk/episodes/desk-form-states";
import { IDLE } from "@/lib/forms/form-state";
import { formatCueTime } from "@/lib/podcasts/transcripts/cue-time";
import { FormNotice } from "./form-notice";
import { addRowAfter, mergeWithNext, splitRow, type EditableRow } from "./segment-row-edits";

interface Props {
  id: string;
  /** The transcript's updatedAt when the page was rendered: a save over a newer change is refused. */
  openedAt: string;
  segments: Array<{ startMs: number; endMs: number; speaker: string; text: string }>;
}

const input = "w-full rounded border border-neutral-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-700";

/** The transcript as a table of rows: times, speaker and words, each editable, with rows added, split, merged or removed. */
export function SegmentTable({ id, openedAt, segments }: Props) {
  const [state, action, pending] = useActionState<SegmentTableState, FormData>((_, form) => saveSegmentTable(form), IDLE);
  const [rows, setRows] = useState<EditableRow[]>(() =>
    segments.map((s, i) => ({ key: i, start: formatCueTime(s.startMs), end: formatCueTime(s.endMs), speaker: s.speaker, text: s.text })),
  );
  const update = (index: number, field: keyof Omit<EditableRow, "key">, value: string) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  return (
    <form action={action} className="space-y-4" aria-label="Transcript segments">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="openedAt" value={openedAt} />
      <FormNotice state={state} />
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">Transcript segments in time order. Times look like 00:01:23.500.</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="w-10 py-2">
                #
              </th>
              <th scope="col" className="w-32">
                Start
              </th>
              <th scope="col" className="w-32">
                End
              </th>
              <th scope="col" className="w-40">
                Speaker
              </th>
              <th scope="col">Words</th>
              <th scope="col" className="w-40">
                <span className="sr-only">Row actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const errors = state.rowErrors?.[i];
              const errorId = errors ? `row-${row.key}-errors` : undefined;
              const n = i + 1;
              return (
                <tr key={row.key} className="border-b border-neutral-200 align-top">
                  <th scope="row" className="py-2 font-normal text-muted">
                    {n}
                  </th>
                  <td className="py-1 pr-2">
                    <input
                      name="start"
                      aria-label={`Start, row ${n}`}
                      aria-invalid={errors ? true : undefined}
                      aria-describedby={errorId}
                      value={row.start}
                      onChange={(e) => update(i, "start", e.target.value)}
                      className={`${input} font-mono`}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      name="end"
                      aria-label={`End, row ${n}`}
                      aria-invalid={errors ? true : undefined}
                      aria-describedby={errorId}
                      value={row.end}
                      onChange={(e) => update(i, "end", e.target.value)}
                      className={`${input} font-mono`}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      name="speaker"
                      aria-label={`Speaker, row ${n}`}
                      value={row.speaker}
                      onChange={(e) => update(i, "speaker", e.target.value)}
                      className={input}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <textarea
                      name="text"
                      aria-label={`Words, row ${n}`}
                      aria-invalid={errors ? true : undefined}
                      aria-describedby={errorId}
                      rows={2}
                      value={row.text}
                      onChange={(e) => update(i, "text", e.target.value)}
                      className={input}
                    />
                    {errors && (
                      <p id={errorId} className="font-semibold text-red-800">
                        {errors.join(" ")}
                      </p>
                    )}
                  </td>
                  <td className="space-x-2 py-1 whitespace-nowrap">
                    <button
                      type="button"
                      className="underline"
                      aria-label={`Split row ${n}`}
                      onClick={() => setRows((r) => splitRow(r, i))}
                    >
                      Split
                    </button>
                    {i < rows.length - 1 && (
                      <button
                        type="button"
                        className="underline"
                        aria-label={`Merge row ${n} with the next`}
                        onClick={() => setRows((r) => mergeWithNext(r, i))}
                      >
                        Merge
                      </button>
                    )}
                    <button
                      type="button"
                      className="underline"
                      aria-label={`Add a row after row ${n}`}
                      onClick={() => setRows((r) => addRowAfter(r, i))}
                    >
                      Add
                    </button>
                    <button
                      type="button"
                      className="text-red-800 underline"
                      aria-label={`Remove row ${n}`}
                      onClick={() => setRows((r) => r.filter((_, j) => j !== i))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => setRows((r) => addRowAfter(r, r.length - 1))}>
          Add a row at the end
        </Button>
        <Button disabled={pending}>Save transcript</Button>
      </div>
    </form>
  );
}
