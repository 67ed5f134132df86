import { findControlCharacter } from "@/lib/podcasts/transcripts/input-lines";
import { formatCueTime, parseClock } from "@/lib/podcasts/transcripts/cue-time";
import { TRANSCRIPT_LIMITS, type TranscriptSegment } from "@/lib/podcasts/transcript-formats";

// The transcript editor's table: one row per segment, with start and end typed as clock times.
// Checks every row and names the row in each message; nothing is fixed silently. Pure.

export interface SegmentRowInput {
  start: string;
  end: string;
  speaker: string;
  text: string;
}

export type SegmentRowsResult =
  { ok: true; segments: TranscriptSegment[] } | { ok: false; rowErrors: Record<number, string[]>; message: string };

/** Rows from the table's repeated fields; rows whose fields don't line up are refused. */
export function segmentRowsOf(form: FormData): SegmentRowInput[] | null {
  const [start, end, speaker, text] = ["start", "end", "speaker", "text"].map((name) => form.getAll(name));
  if (![end, speaker, text].every((list) => list.length === start.length)) return null;
  if ([start, end, speaker, text].some((list) => list.some((value) => typeof value !== "string"))) return null;
  return start.map((_, i) => ({
    start: start[i] as string,
    end: end[i] as string,
    speaker: speaker[i] as string,
    text: text[i] as string,
  }));
}

/** Checks the rows against each other and the audio's length (`durationMs`; 0 when unknown). */
export function validateSegmentRows(rows: SegmentRowInput[], durationMs: number): SegmentRowsResult {
  const rowErrors: Record<number, string[]> = {};
  const fail = (row: number, message: string) => (rowErrors[row] ??= []).push(message);
  if (rows.length > TRANSCRIPT_LIMITS.maxSegments) {
    return { ok: false, rowErrors, message: `A transcript can have at most ${TRANSCRIPT_LIMITS.maxSegments} segments.` };
  }
  const segments: TranscriptSegment[] = [];
  rows.forEach((row, i) => {
    const start = readTime(row.start, "start", (message) => fail(i, message));
    const end = readTime(row.end, "end", (message) => fail(i, message));
    const speaker = row.speaker.trim().replace(/\s+/g, " ");
    const text = row.text.trim().replace(/\s+/g, " ");
    if (!text) fail(i, "Write the words spoken, or remove the row.");
    if ([...text].length > TRANSCRIPT_LIMITS.maxTextChars) fail(i, `Keep the text under ${TRANSCRIPT_LIMITS.maxTextChars} characters.`);
    if ([...speaker].length > TRANSCRIPT_LIMITS.maxSpeakerChars)
      fail(i, `Keep the speaker's name under ${TRANSCRIPT_LIMITS.maxSpeakerChars} characters.`);
    if (findControlCharacter(speaker + text)) fail(i, "Remove the invisible control character.");
    if (start === null || end === null) return;
    if (end <= start) fail(i, `The end (${formatCueTime(end)}) must be after the start (${formatCueTime(start)}).`);
    const previous = segments.at(-1);
    if (previous && start < previous.startMs)
      fail(
        i,
        `This row starts at ${formatCueTime(start)}, before the row above it (${formatCueTime(previous.startMs)}): keep rows in time order.`,
      );
    if (durationMs > 0 && end > durationMs)
      fail(i, `The end (${formatCueTime(end)}) is after the end of the audio (${formatCueTime(durationMs)}).`);
    segments.push({ startMs: start, endMs: end, speaker, text });
  });
  const count = Object.keys(rowErrors).length;
  if (count > 0)
    return { ok: false, rowErrors, message: `${count} ${count === 1 ? "row needs" : "rows need"} correcting; nothing was saved.` };
  return { ok: true, segments };
}

function readTime(raw: string, which: "start" | "end", fail: (message: string) => void): number | null {
  const time = parseClock(raw.trim(), "text");
  if ("problem" in time) {
    fail(`The ${which} time ${time.problem}`);
    return null;
  }
  if (time.ms > TRANSCRIPT_LIMITS.maxTimeMs) {
    fail(`The ${which} time is later than we accept.`);
    return null;
  }
  return time.ms;
}

/** Segments of an import that run past the audio, as messages naming them (the parser checks the rest). */
export function segmentsPastAudio(segments: TranscriptSegment[], durationMs: number): string[] {
  if (durationMs <= 0) return [];
  return segments.flatMap((segment, i) =>
    segment.endMs > durationMs
      ? [`Segment ${i + 1} ends at ${formatCueTime(segment.endMs)}, after the end of the audio (${formatCueTime(durationMs)}).`]
      : [],
  );
}
