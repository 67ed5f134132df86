"use client";

import { useActionState } from "react";
import { importEpisodeTranscript } from "@/app/admin/episodes/transcript-actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { ACCESS_LEVELS } from "@/lib/desk/episodes/episode-schema";
import type { TranscriptImportState } from "@/lib/desk/episodes/desk-form-states";
import { IDLE } from "@/lib/forms/form-state";
import { formatCueTime } from "@/lib/podcasts/transcripts/cue-time";
import { FormNotice } from "./form-notice";

const FORMATS = [
  { value: "auto", label: "Recognise it" },
  { value: "vtt", label: "WebVTT (.vtt)" },
  { value: "srt", label: "SubRip (.srt)" },
  { value: "text", label: "Timestamped text" },
];

/**
 * Imports a transcript from a file or pasted text. Problems are listed by line and nothing is
 * saved; a valid import that would replace the current transcript is previewed first.
 */
export function TranscriptImportForm({ id, hasTranscript }: { id: string; hasTranscript: boolean }) {
  const [state, action, pending] = useActionState<TranscriptImportState, FormData>((_, form) => importEpisodeTranscript(form), IDLE);
  const preview = state.preview;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" aria-label="Import a transcript">
        <input type="hidden" name="id" value={id} />
        <FormNotice state={state} />
        {state.problems && (
          <ul aria-label="Problems in the transcript" className="list-disc space-y-1 pl-6 text-red-900">
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="format"
            label="Format"
            options={FORMATS}
            defaultValue={state.values?.format ?? "auto"}
            errors={state.fieldErrors?.format}
          />
          {!hasTranscript && (
            <SelectField
              name="access"
              label="Who can read it"
              options={[...ACCESS_LEVELS]}
              defaultValue={state.values?.access ?? "SUBSCRIBER"}
              errors={state.fieldErrors?.access}
            />
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="transcript-file" className="block font-semibold">
            Transcript file
          </label>
          <input id="transcript-file" name="file" type="file" accept=".vtt,.srt,.txt,text/vtt,text/plain" className="max-w-full text-sm" />
        </div>
        <TextAreaField
          name="text"
          label="Or paste it"
          hint="WebVTT with <v Speaker> voices, SRT, or lines like “[00:01:23] Speaker: words”."
          rows={8}
          className="font-mono text-sm"
          defaultValue={state.values?.text ?? ""}
          errors={state.fieldErrors?.text}
        />
        <Button disabled={pending}>{hasTranscript ? "Check and preview" : "Import transcript"}</Button>
      </form>

      {preview && (
        <form action={action} className="space-y-3 rounded border border-ink bg-white p-4" aria-label="Replace the transcript">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="format" value={state.values?.format ?? "auto"} />
          <input type="hidden" name="confirm" value="replace" />
          <textarea name="text" hidden readOnly value={state.source ?? ""} />
          <h3 className="font-semibold">Preview: nothing has changed yet</h3>
          <p role="status">
            This transcript has {preview.count} segments{preview.speakers.length > 0 ? `, spoken by ${preview.speakers.join(", ")}` : ""}.
            It will replace the current one ({preview.replaces} segments).
          </p>
          <ol className="space-y-1 text-sm">
            {preview.first.map((segment, i) => (
              <li key={i}>
                <span className="font-mono text-muted">{formatCueTime(segment.startMs)}</span>{" "}
                {segment.speaker && <strong>{segment.speaker}:</strong>} {segment.text}
              </li>
            ))}
          </ol>
          {preview.count > preview.first.length && <p className="text-sm text-muted">…and {preview.count - preview.first.length} more.</p>}
          <Button variant="danger" disabled={pending}>
            Replace the transcript
          </Button>
        </form>
      )}
    </div>
  );
}
