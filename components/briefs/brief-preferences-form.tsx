"use client";

import { useActionState, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { ZoneOption } from "@/lib/briefs/time-zone-options";

// The reader's Daily Brief choices: on or off, and the publication's 6 AM or their own. The
// zone field searches every IANA zone (a datalist) and suggests the browser's own zone.

// The device's zone is known only in the browser (null while rendering on the server).
const neverChanges = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

interface Props {
  action: (form: FormData) => Promise<FormState>;
  initial: { enabled: boolean; timing: "PUBLICATION" | "LOCAL"; timeZone: string };
  publicationZone: string;
  zones: ZoneOption[];
  edition: "full" | "free";
}

export function BriefPreferencesForm({ action, initial, publicationZone, zones, edition }: Props) {
  // Server actions take the form alone (proxy.ts refuses other shapes); the previous state stays here.
  const [state, formAction, pending] = useActionState((_previous: FormState, form: FormData) => action(form), IDLE);
  // Controlled: React resets a form after its action runs, and an unticked-by-reset checkbox
  // would save the brief as off on the next submit.
  const [enabled, setEnabled] = useState(initial.enabled);
  const [timing, setTiming] = useState(initial.timing);
  const [zone, setZone] = useState(initial.timeZone);
  const detected = useSyncExternalStore(neverChanges, browserZone, () => null);
  const errors = state.fieldErrors ?? {};
  const publicationPlace = publicationZone.split("/").pop()!.replace(/_/g, " ");
  return (
    <form action={formAction} className="mt-3 space-y-4">
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      <label className="flex items-start gap-2">
        <input type="checkbox" name="enabled" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} className="mt-1" />
        <span>
          Email me the Daily Brief every morning
          <span className="block text-sm text-muted">
            {edition === "full"
              ? "The full brief: the editors’ introduction and every story in a sentence or two."
              : "The free edition: the day’s headlines and links. Subscribers get the full brief."}
          </span>
        </span>
      </label>
      <fieldset className="space-y-2">
        <legend className="font-semibold">When it arrives</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="timing"
            value="PUBLICATION"
            checked={timing === "PUBLICATION"}
            onChange={() => setTiming("PUBLICATION")}
          />
          6 AM {publicationPlace} time, when it is published
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="timing" value="LOCAL" checked={timing === "LOCAL"} onChange={() => setTiming("LOCAL")} />6 AM where I am
        </label>
      </fieldset>
      {timing === "LOCAL" && (
        <div className="space-y-2">
          <TextField
            name="timeZone"
            label="Your time zone"
            hint="Type a city or region, e.g. Nairobi, Jakarta, Lima."
            list="brief-zones"
            value={zone}
            onChange={(event) => setZone(event.target.value)}
            autoComplete="off"
            errors={errors.timeZone}
          />
          <datalist id="brief-zones">
            {zones.map((z) => (
              <option key={z.value} value={z.value} label={z.label} />
            ))}
          </datalist>
          {detected && detected !== zone && (
            <button type="button" className="text-sm underline" onClick={() => setZone(detected)}>
              Use {detected.replace(/_/g, " ")} (this device’s zone)
            </button>
          )}
          <p className="text-sm text-muted">
            You get the newest brief at your 6 AM. If it reached you already (say you changed this today), that morning brings nothing new.
          </p>
        </div>
      )}
      <Button variant="secondary" disabled={pending}>
        Save brief settings
      </Button>
    </form>
  );
}
