"use client";

import { useActionState } from "react";
import { changePublication } from "@/app/admin/episodes/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { FormNotice } from "./form-notice";

interface Props {
  id: string;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  /** Already worded for editors: "1 December 2026 at 09:30 (America/New_York)". */
  scheduledLabel: string | null;
  publishedLabel: string | null;
  /** datetime-local value of the current schedule, in the publication's zone. */
  scheduledValue: string;
  timeZone: string;
  publicUrl: string;
}

/** Publish now, schedule, unpublish, unschedule: the buttons that apply to the episode's status. */
export function EpisodePublishPanel(props: Props) {
  const [state, action, pending] = useActionState((_: FormState, form: FormData) => changePublication(form), IDLE);
  const { id, status } = props;
  return (
    <form action={action} className="space-y-4" aria-label="Publishing">
      <input type="hidden" name="id" value={id} />
      <FormNotice state={state} />
      {state.fieldErrors?.audio && <p className="font-semibold text-red-800">{state.fieldErrors.audio.join(" ")}</p>}
      <p>
        {status === "PUBLISHED" && (
          <>
            Published {props.publishedLabel}.{" "}
            <a href={props.publicUrl} className="underline">
              See it as readers do
            </a>
          </>
        )}
        {status === "SCHEDULED" && <>Scheduled for {props.scheduledLabel}. The job queue publishes it then.</>}
        {status === "DRAFT" && "Draft: readers can't see it."}
        {status === "UNPUBLISHED" && "Unpublished: readers can't see it any more."}
      </p>
      <div className="flex flex-wrap gap-3">
        {status !== "PUBLISHED" && (
          <Button name="intent" value="publish" disabled={pending}>
            Publish now
          </Button>
        )}
        {status === "PUBLISHED" && (
          <Button name="intent" value="unpublish" variant="danger" disabled={pending}>
            Unpublish
          </Button>
        )}
        {status === "SCHEDULED" && (
          <Button name="intent" value="unschedule" variant="secondary" disabled={pending}>
            Unschedule
          </Button>
        )}
      </div>
      {status !== "PUBLISHED" && (
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-60">
            <TextField
              name="scheduledFor"
              type="datetime-local"
              label="Publish at"
              hint={`In the publication's time zone, ${props.timeZone}.`}
              defaultValue={state.values?.scheduledFor ?? props.scheduledValue}
              errors={state.fieldErrors?.scheduledFor}
            />
          </div>
          <Button name="intent" value="schedule" variant="secondary" disabled={pending}>
            {status === "SCHEDULED" ? "Reschedule" : "Schedule"}
          </Button>
        </div>
      )}
    </form>
  );
}
