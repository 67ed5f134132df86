"use client";

import { useActionState } from "react";
import { changeTranscriptAccess, renameTranscriptSpeaker } from "@/app/admin/episodes/transcript-actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ACCESS_LEVELS } from "@/lib/desk/episodes/episode-schema";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { FormNotice } from "./form-notice";

/** Who may read the transcript (the episode page itself is public). */
export function TranscriptAccessForm({ id, access }: { id: string; access: string }) {
  const [state, action, pending] = useActionState((_: FormState, form: FormData) => changeTranscriptAccess(form), IDLE);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" aria-label="Who can read the transcript">
      <input type="hidden" name="id" value={id} />
      <div className="min-w-56">
        <SelectField
          name="access"
          label="Who can read the transcript"
          options={[...ACCESS_LEVELS]}
          defaultValue={access}
          errors={state.fieldErrors?.access}
        />
      </div>
      <Button variant="secondary" disabled={pending}>
        Save access
      </Button>
      <div className="w-full">
        <FormNotice state={state} />
      </div>
    </form>
  );
}

/** Renames a speaker everywhere in the transcript: the usual fix after an import says "Speaker 1". */
export function SpeakerRenameForm({ id, speakers }: { id: string; speakers: string[] }) {
  const [state, action, pending] = useActionState((_: FormState, form: FormData) => renameTranscriptSpeaker(form), IDLE);
  if (speakers.length === 0) return null;
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" aria-label="Rename a speaker">
      <input type="hidden" name="id" value={id} />
      <div className="min-w-48">
        <SelectField
          name="from"
          label="Rename speaker"
          options={speakers.map((speaker) => ({ value: speaker, label: speaker || "(no name)" }))}
          defaultValue={state.values?.from}
          errors={state.fieldErrors?.from}
        />
      </div>
      <div className="min-w-48">
        <TextField name="to" label="New name" defaultValue={state.values?.to ?? ""} errors={state.fieldErrors?.to} />
      </div>
      <Button variant="secondary" disabled={pending}>
        Rename everywhere
      </Button>
      <div className="w-full">
        <FormNotice state={state} />
      </div>
    </form>
  );
}
