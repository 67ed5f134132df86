"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { PublicationSettings } from "@/lib/settings/publication-settings";
import { SOCIAL_LINK_ROWS_EXTRA } from "@/lib/settings/settings-form";
import { LogoField } from "./logo-field";

interface Props {
  settings: PublicationSettings;
  timeZones: string[];
  ttlSeconds: number;
  logoUploadUrl: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
}

/** Social link rows to show: the saved ones (or those just submitted), plus empty ones to add. */
function linkRows(settings: PublicationSettings, values: Record<string, string> | undefined) {
  if (!values) return [...settings.socialLinks, ...Array.from({ length: SOCIAL_LINK_ROWS_EXTRA }, () => ({ label: "", url: "" }))];
  const count = Object.keys(values).filter((k) => /^socialLinks\.\d+\.label$/.test(k)).length;
  return Array.from({ length: count }, (_, i) => ({
    label: values[`socialLinks.${i}.label`] ?? "",
    url: values[`socialLinks.${i}.url`] ?? "",
  }));
}

export function SettingsForm({ settings, timeZones, ttlSeconds, logoUploadUrl, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const value = (name: keyof PublicationSettings) => state.values?.[name] ?? String(settings[name] ?? "");
  const errors = (name: string) => state.fieldErrors?.[name];
  // Errors on the list itself (e.g. too many links) rather than on one row.
  const listErrors = errors("socialLinks");
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {state.status === "ok" && <Notice>{state.message}</Notice>}
      {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
      <p className="text-sm text-muted">Changes reach every page, feed and email within {ttlSeconds} seconds of saving.</p>
      <TextField name="name" label="Name" required maxLength={100} defaultValue={value("name")} errors={errors("name")} />
      <TextField name="tagline" label="Tagline" maxLength={200} defaultValue={value("tagline")} errors={errors("tagline")} />
      <TextAreaField
        name="description"
        label="Description"
        hint="For search engines, feeds and link previews."
        rows={3}
        maxLength={500}
        defaultValue={value("description")}
        errors={errors("description")}
      />
      <LogoField
        key={settings.logoUrl ?? ""}
        defaultValue={state.values?.logoUrl ?? settings.logoUrl ?? ""}
        errors={errors("logoUrl")}
        uploadUrl={logoUploadUrl}
      />
      <TextField
        name="timeZone"
        label="Time zone"
        hint="Type to search, e.g. “Nairobi”. Schedules on the desk and the Daily Brief use it."
        list="time-zones"
        autoComplete="off"
        defaultValue={value("timeZone")}
        errors={errors("timeZone")}
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextField
        name="language"
        label="Language"
        hint="A language tag such as en, fr or pt-BR: the pages’ language for browsers and screen readers."
        defaultValue={value("language")}
        errors={errors("language")}
      />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Social links</legend>
        <p className="text-sm text-muted">The publication’s profiles elsewhere (https:// only). Leave a row empty to remove it.</p>
        {listErrors && <p className="text-sm font-semibold text-red-800">{listErrors.join(" ")}</p>}
        {linkRows(settings, state.values).map((link, i) => (
          <div key={`${state.status}:${i}`} className="grid gap-2 sm:grid-cols-[1fr_2fr]">
            <TextField
              name={`socialLinks.${i}.label`}
              label={`Link ${i + 1} label`}
              defaultValue={link.label}
              maxLength={40}
              errors={errors(`socialLinks.${i}.label`)}
            />
            <TextField
              name={`socialLinks.${i}.url`}
              label={`Link ${i + 1} address`}
              type="url"
              defaultValue={link.url}
              errors={errors(`socialLinks.${i}.url`)}
            />
          </div>
        ))}
      </fieldset>
      <Button disabled={pending}>{pending ? "Saving…" : "Save settings"}</Button>
    </form>
  );
}
