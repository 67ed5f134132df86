"use client";

import { useActionState } from "react";
import { setExternalAudio } from "@/app/admin/episodes/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FileUpload } from "@/components/ui/file-upload";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { FormNotice } from "./form-notice";

interface Props {
  id: string;
  audioUrl: string;
  /** "MP3, 41.2 MB, 42:07", or null without audio. */
  facts: string | null;
  maxUploadLabel: string;
}

/** The episode's audio: a player for what is there, an upload, or an address elsewhere. */
export function EpisodeAudioPanel({ id, audioUrl, facts, maxUploadLabel }: Props) {
  const [state, action, pending] = useActionState((_: FormState, form: FormData) => setExternalAudio(form), IDLE);
  return (
    <div className="space-y-6">
      {audioUrl ? (
        <figure className="space-y-2">
          <audio controls preload="metadata" src={audioUrl} className="w-full">
            <a href={audioUrl}>Download the audio</a>
          </audio>
          <figcaption className="text-sm text-muted">{facts}</figcaption>
        </figure>
      ) : (
        <p>No audio yet. An episode can&rsquo;t be published without it.</p>
      )}
      <FileUpload
        url={`/admin/uploads/audio?episode=${encodeURIComponent(id)}`}
        label={audioUrl ? "Replace with a file" : "Upload the audio"}
        hint={`MP3 or M4A, up to ${maxUploadLabel}. Its length and size are read from the file.`}
        accept=".mp3,.m4a,audio/mpeg,audio/mp4,audio/x-m4a"
        buttonLabel="Upload audio"
      />
      <details className="rounded border border-neutral-300 p-3">
        <summary className="cursor-pointer font-semibold">Or use audio hosted elsewhere</summary>
        <form action={action} className="mt-3 space-y-3" aria-label="Audio hosted elsewhere">
          <input type="hidden" name="id" value={id} />
          <FormNotice state={state} />
          <TextField
            name="audioUrl"
            type="url"
            label="Address of the MP3 or M4A file"
            hint="Must start with https://. We don't fetch it: type its length (and size, if your host shows it) below."
            defaultValue={state.values?.audioUrl ?? ""}
            errors={state.fieldErrors?.audioUrl}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              name="duration"
              label="Length"
              hint="e.g. 42:07 or 1:02:30"
              defaultValue={state.values?.duration ?? ""}
              errors={state.fieldErrors?.duration}
            />
            <TextField
              name="audioBytes"
              label="Size in bytes"
              hint="Optional; podcast apps show download sizes."
              inputMode="numeric"
              defaultValue={state.values?.audioBytes ?? ""}
              errors={state.fieldErrors?.audioBytes}
            />
          </div>
          <Button variant="secondary" disabled={pending}>
            Use this address
          </Button>
        </form>
      </details>
    </div>
  );
}
