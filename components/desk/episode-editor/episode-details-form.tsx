"use client";

import { useActionState } from "react";
import { saveEpisode } from "@/app/admin/episodes/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { EPISODE_LIMITS, EPISODE_TYPES } from "@/lib/desk/episodes/episode-schema";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { FormNotice } from "./form-notice";

export interface EpisodeDetails {
  id?: string;
  number: number;
  title: string;
  slug: string;
  summary: string;
  season: number | null;
  episodeType: string;
  explicit: boolean;
}

/** Number, title, address, summary and what podcast apps need to know: for a new episode or an existing one. */
export function EpisodeDetailsForm({ episode }: { episode: EpisodeDetails }) {
  // The action takes the form alone (the only argument the server accepts for an action).
  const [state, action, pending] = useActionState((_: FormState, form: FormData) => saveEpisode(form), IDLE);
  const value = (name: keyof EpisodeDetails) => state.values?.[name] ?? String(episode[name] ?? "");
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-4" aria-label="Episode details">
      {episode.id && <input type="hidden" name="id" value={episode.id} />}
      <FormNotice state={state} />
      <div className="grid gap-4 sm:grid-cols-[8rem_8rem_1fr]">
        <TextField name="number" label="Number" inputMode="numeric" required defaultValue={value("number")} errors={errors("number")} />
        <TextField
          name="season"
          label="Season"
          hint="Optional"
          inputMode="numeric"
          defaultValue={value("season")}
          errors={errors("season")}
        />
        <SelectField
          name="episodeType"
          label="Type"
          options={[...EPISODE_TYPES]}
          defaultValue={value("episodeType")}
          errors={errors("episodeType")}
        />
      </div>
      <TextField
        name="title"
        label="Title"
        required
        maxLength={EPISODE_LIMITS.maxTitle}
        defaultValue={value("title")}
        errors={errors("title")}
      />
      <TextField
        name="slug"
        label="Address"
        hint={
          episode.id
            ? "The episode's address: /podcasts/<this>. Changing it after publishing breaks links to the old one."
            : "Leave empty to make one from the title (any script is turned into Latin letters)."
        }
        defaultValue={value("slug")}
        errors={errors("slug")}
      />
      <TextAreaField
        name="summary"
        label="Summary"
        hint="Shown under the title on the site and in podcast apps."
        rows={4}
        required
        maxLength={EPISODE_LIMITS.maxSummary}
        defaultValue={value("summary")}
        errors={errors("summary")}
      />
      <div className="flex items-start gap-2">
        <input
          id="explicit"
          name="explicit"
          type="checkbox"
          defaultChecked={state.values ? state.values.explicit === "on" : episode.explicit}
          aria-describedby="explicit-hint"
          className="mt-1 h-4 w-4"
        />
        <div>
          <label htmlFor="explicit" className="font-semibold">
            Explicit
          </label>
          <p id="explicit-hint" className="text-sm text-muted">
            Podcast apps hide explicit episodes from listeners who asked them to.
          </p>
        </div>
      </div>
      <Button disabled={pending}>{episode.id ? "Save details" : "Create draft"}</Button>
    </form>
  );
}
