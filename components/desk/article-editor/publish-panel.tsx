"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/forms/form-state";
import type { EditorIntent } from "@/lib/desk/articles/publication-transition";
import { formatInZone } from "@/lib/desk/articles/schedule-time";
import type { DraftMeta } from "@/lib/desk/articles/editor-types";
import type { SavePhase } from "./use-article-draft";

// Where the article stands and what can be done with it: save, publish now, schedule (a time
// in the publication's zone), unschedule, unpublish. Buttons depend on the status.
// Nothing above a button changes height while saving (the save line keeps its line, the
// outcome of an action shows below the buttons): an autosave landing between a press and its
// release must not move the button away from the pointer, or the click is lost.

interface Props {
  meta: DraftMeta;
  phase: SavePhase;
  autosaves: boolean;
  busy: boolean;
  timeZone: string;
  timeZoneName: string;
  scheduledFor: string;
  scheduleErrors?: string[];
  onScheduledForChange: (value: string) => void;
  onIntent: (intent: EditorIntent) => void;
  /** What the last action said, shown until the next edit. */
  outcome?: Pick<FormState, "status" | "message">;
}

function statusLine(meta: DraftMeta, timeZone: string): string {
  switch (meta.status) {
    case "SCHEDULED":
      return `Scheduled for ${formatInZone(new Date(meta.scheduledFor!), timeZone)}`;
    case "PUBLISHED":
      return `Published ${formatInZone(new Date(meta.publishedAt!), timeZone)}`;
    case "UNPUBLISHED":
      return "Unpublished: readers don't see it";
    default:
      return meta.version === 0 ? "New draft, not saved yet" : "Draft";
  }
}

function saveLine(meta: DraftMeta, phase: SavePhase, autosaves: boolean): string {
  if (phase === "saving") return "Saving…";
  if (phase === "conflict") return "Not saved: someone else saved first (see above).";
  if (phase === "dirty") return autosaves ? "Unsaved changes (saving automatically…)" : "Unsaved changes";
  if (!meta.savedAt) return "";
  return `Saved at ${new Date(meta.savedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
}

export function PublishPanel(props: Props) {
  const { meta, phase, autosaves, busy, timeZone, timeZoneName, onIntent } = props;
  const live = meta.status === "PUBLISHED";
  const scheduled = meta.status === "SCHEDULED";
  const disabled = busy || phase === "conflict";
  return (
    <section aria-labelledby="publish-heading" className="space-y-3 rounded border border-neutral-300 bg-white p-4">
      <h2 id="publish-heading" className="font-semibold">
        {statusLine(meta, timeZone)}
      </h2>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-muted" suppressHydrationWarning>
        {saveLine(meta, phase, autosaves)}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={disabled} onClick={() => onIntent("save")}>
          {live || scheduled ? "Update" : "Save draft"}
        </Button>
        {!live && (
          <Button type="button" disabled={disabled} onClick={() => onIntent("publish")}>
            Publish now
          </Button>
        )}
        {live && (
          <Button type="button" variant="danger" disabled={disabled} onClick={() => onIntent("unpublish")}>
            Unpublish
          </Button>
        )}
      </div>
      {!live && (
        <div className="space-y-2 border-t border-neutral-200 pt-3">
          <TextField
            name="scheduledFor"
            type="datetime-local"
            label={scheduled ? "Reschedule for" : "Publish at"}
            hint={`${timeZone} time (${timeZoneName}), the publication's time zone.`}
            value={props.scheduledFor}
            errors={props.scheduleErrors}
            onChange={(event) => props.onScheduledForChange(event.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" disabled={disabled} onClick={() => onIntent("schedule")}>
              {scheduled ? "Reschedule" : "Schedule"}
            </Button>
            {scheduled && (
              <Button type="button" variant="secondary" disabled={disabled} onClick={() => onIntent("unschedule")}>
                Unschedule
              </Button>
            )}
          </div>
        </div>
      )}
      {props.outcome?.message && <Notice tone={props.outcome.status === "error" ? "error" : "success"}>{props.outcome.message}</Notice>}
      {meta.version > 0 && (
        <p className="flex flex-wrap gap-4 border-t border-neutral-200 pt-3 text-sm">
          <Link href={`/admin/articles/${meta.id}/history`} className="underline">
            Revision history
          </Link>
          {live && (
            <Link href={`/articles/${meta.slug}`} className="underline">
              View on the site
            </Link>
          )}
        </p>
      )}
    </section>
  );
}
