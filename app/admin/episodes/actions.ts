"use server";

import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { attachEpisodeAudio } from "@/lib/desk/episodes/episode-audio";
import { changeEpisodePublication } from "@/lib/desk/episodes/episode-publication";
import { episodeFormSchema, externalAudioSchema, externalAudioType, textFieldsOf } from "@/lib/desk/episodes/episode-schema";
import { saveEpisodeDetails } from "@/lib/desk/episodes/episodes";
import { deskIdOf } from "@/lib/desk/desk-id";
import type { PublicationIntent } from "@/lib/desk/episodes/publication-plan";
import { parseZonedLocal } from "@/lib/desk/zoned-time";
import { invalid, formValues, type FormState } from "@/lib/forms/form-state";
import { getPublication } from "@/lib/publication";

// Server actions of the episode desk: details, publication and external audio. Each checks the
// role itself (a layout does not protect an action) and answers bad input with messages.

const MISSING: FormState = { status: "error", message: "This episode no longer exists." };

export async function saveEpisode(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = form.get("id") === null ? null : deskIdOf(form);
  if (form.get("id") !== null && !id) return MISSING;
  const parsed = episodeFormSchema.safeParse(
    textFieldsOf(form, ["number", "title", "slug", "summary", "season", "episodeType", "explicit"]),
  );
  if (!parsed.success) return invalid(parsed.error, form);
  const outcome = await saveEpisodeDetails(editor.id, id, parsed.data);
  if (!outcome.ok)
    return "missing" in outcome
      ? MISSING
      : { status: "error", message: "Please correct the fields marked below.", fieldErrors: outcome.fieldErrors, values: formValues(form) };
  if (!id) redirect(`/admin/episodes/${outcome.id}?created=1`);
  refresh();
  return { status: "ok", message: "Saved." };
}

const publicationSchema = z.object({
  intent: z.enum(["publish", "schedule", "unpublish", "unschedule"], { error: "Choose what to do." }),
  scheduledFor: z.string({ error: "Choose a date and time." }).default(""),
});

export async function changePublication(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = deskIdOf(form);
  if (!id) return MISSING;
  const parsed = publicationSchema.safeParse(textFieldsOf(form, ["intent", "scheduledFor"]));
  if (!parsed.success) return invalid(parsed.error, form);
  let intent: PublicationIntent;
  if (parsed.data.intent === "schedule") {
    const { timeZone } = await getPublication();
    const at = parseZonedLocal(parsed.data.scheduledFor, timeZone);
    if (!at)
      return {
        status: "error",
        fieldErrors: { scheduledFor: [`Choose a date and time that exist in ${timeZone}.`] },
        values: formValues(form),
      };
    intent = { kind: "schedule", at };
  } else {
    intent = { kind: parsed.data.intent };
  }
  const plan = await changeEpisodePublication(editor.id, id, intent);
  if (!plan.ok)
    return plan.field === "missing"
      ? MISSING
      : { status: "error", message: plan.message, fieldErrors: { [plan.field]: [plan.message] }, values: formValues(form) };
  const done = {
    publish: "Published.",
    schedule: "Scheduled.",
    unpublish: "Unpublished: readers no longer see it.",
    unschedule: "No longer scheduled: back to draft.",
  };
  refresh();
  return { status: "ok", message: done[intent.kind] };
}

export async function setExternalAudio(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = deskIdOf(form);
  if (!id) return MISSING;
  const parsed = externalAudioSchema.safeParse(textFieldsOf(form, ["audioUrl", "duration", "audioBytes"]));
  if (!parsed.success) return invalid(parsed.error, form);
  const { audioUrl, duration, audioBytes } = parsed.data;
  const attached = await attachEpisodeAudio(editor.id, id, {
    url: audioUrl,
    type: externalAudioType(audioUrl)!,
    bytes: audioBytes,
    durationSeconds: duration,
  });
  if (!attached) return MISSING;
  refresh();
  return { status: "ok", message: "The episode now plays the audio at that address." };
}
