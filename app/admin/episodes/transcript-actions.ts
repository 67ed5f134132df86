"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { deskIdOf } from "@/lib/desk/desk-id";
import { PREVIEW_SEGMENTS, type SegmentTableState, type TranscriptImportState } from "@/lib/desk/episodes/desk-form-states";
import { accessSchema, textFieldsOf } from "@/lib/desk/episodes/episode-schema";
import { importTranscript, renameSpeaker, saveTranscriptSegments, setTranscriptAccess } from "@/lib/desk/episodes/episode-transcript";
import { segmentRowsOf, validateSegmentRows } from "@/lib/desk/episodes/segment-rows";
import { getDeskEpisode } from "@/lib/desk/episodes/episodes";
import { invalid, formValues, type FormState } from "@/lib/forms/form-state";
import { TRANSCRIPT_LIMITS } from "@/lib/podcasts/transcript-formats";

// Server actions of an episode's transcript: import (with a preview before replacing), the
// segment table, speaker renames and who may read it. Each checks the role itself.

const MISSING: FormState = { status: "error", message: "This episode no longer exists." };

const importSchema = z.object({
  format: z.enum(["auto", "vtt", "srt", "text"], { error: "Choose the transcript's format." }).default("auto"),
  access: accessSchema.default("SUBSCRIBER"),
  confirm: z.enum(["", "replace"], { error: "Confirm by pressing Replace." }).default(""),
  text: z.string({ error: "Paste the transcript as text." }).max(TRANSCRIPT_LIMITS.maxBytes, "The transcript is too long.").default(""),
});

/** The transcript's text: the chosen file if there is one, else what was pasted. */
async function sourceOf(form: FormData, pasted: string): Promise<string> {
  const file = form.get("file");
  // Its size is the parser's to judge (it names the limit); the server refuses bodies over 1 MB anyway.
  return file instanceof File && file.size > 0 ? await file.text() : pasted;
}

export async function importEpisodeTranscript(form: FormData): Promise<TranscriptImportState> {
  const editor = await requireRole("EDITOR");
  const id = deskIdOf(form);
  if (!id) return MISSING;
  const parsed = importSchema.safeParse(textFieldsOf(form, ["format", "access", "confirm", "text"]));
  if (!parsed.success) return invalid(parsed.error, form);
  const source = await sourceOf(form, parsed.data.text);
  if (source.trim() === "")
    return { status: "error", fieldErrors: { text: ["Paste a transcript or choose a file."] }, values: formValues(form) };
  const outcome = await importTranscript(editor.id, id, { ...parsed.data, source, confirmReplace: parsed.data.confirm === "replace" });
  switch (outcome.kind) {
    case "missing":
      return MISSING;
    case "invalid":
      return {
        status: "error",
        message: "The transcript was not imported: fix these lines and try again.",
        problems: outcome.errors,
        values: formValues(form),
      };
    case "preview": {
      const speakers = [...new Set(outcome.segments.map((s) => s.speaker).filter(Boolean))];
      const preview = {
        count: outcome.segments.length,
        replaces: outcome.replaces,
        speakers,
        first: outcome.segments.slice(0, PREVIEW_SEGMENTS),
      };
      return { status: "idle", preview, source, values: formValues(form) };
    }
    case "saved":
      refresh();
      return { status: "ok", message: `Imported ${outcome.count} segments.` };
  }
}

export async function saveSegmentTable(form: FormData): Promise<SegmentTableState> {
  const editor = await requireRole("EDITOR");
  const id = deskIdOf(form);
  const openedAt = form.get("openedAt");
  if (!id || typeof openedAt !== "string") return MISSING;
  const episode = await getDeskEpisode(id);
  const rows = segmentRowsOf(form);
  if (!episode) return MISSING;
  if (!rows) return { status: "error", message: "The table arrived incomplete; reload the page and try again." };
  const checked = validateSegmentRows(rows, episode.durationSeconds * 1000);
  if (!checked.ok) return { status: "error", message: checked.message, rowErrors: checked.rowErrors };
  const outcome = await saveTranscriptSegments(editor.id, id, checked.segments, openedAt);
  if (outcome.kind === "missing") return MISSING;
  if (outcome.kind === "conflict")
    return {
      status: "error",
      message:
        "Someone else changed this transcript after you opened it. Nothing was saved: copy your changes, reload, and apply them again.",
    };
  // The page re-renders with the new version, so the next save from this table isn't a conflict.
  refresh();
  return { status: "ok", message: `Saved ${outcome.count} segments.` };
}

const renameSchema = z.object({
  from: z.string({ error: "Choose the speaker to rename." }).max(TRANSCRIPT_LIMITS.maxSpeakerChars, "Choose a speaker from the list."),
  to: z
    .string({ error: "Enter the new name." })
    .trim()
    .max(TRANSCRIPT_LIMITS.maxSpeakerChars, `Keep the name under ${TRANSCRIPT_LIMITS.maxSpeakerChars} characters.`)
    .refine((name) => !/[\u0000-\u001f\u007f-\u009f]/.test(name), "Remove the invisible control character."),
});

export async function renameTranscriptSpeaker(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = deskIdOf(form);
  if (!id) return MISSING;
  const parsed = renameSchema.safeParse(textFieldsOf(form, ["from", "to"]));
  if (!parsed.success) return invalid(parsed.error, form);
  const { from, to } = parsed.data;
  const count = await renameSpeaker(editor.id, id, from, to);
  if (count === null) return MISSING;
  if (count === 0)
    return { status: "error", fieldErrors: { from: ["Nobody by that name speaks in this transcript."] }, values: formValues(form) };
  refresh();
  return { status: "ok", message: `Renamed ${count} segments${to ? ` to ${to}` : ""}.` };
}

export async function changeTranscriptAccess(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = deskIdOf(form);
  if (!id) return MISSING;
  const parsed = z.object({ access: accessSchema }).safeParse(textFieldsOf(form, ["access"]));
  if (!parsed.success) return invalid(parsed.error, form);
  if (!(await setTranscriptAccess(editor.id, id, parsed.data.access))) return MISSING;
  refresh();
  return { status: "ok", message: "Saved who can read the transcript." };
}
