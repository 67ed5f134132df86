import { formatCueTime } from "./cue-time";
import type { TranscriptSegment } from "./types";

// The files podcast apps fetch through <podcast:transcript>. Each segment's text goes on one
// line, since a line break in it would end a cue early or, in SRT, read as the next subtitle.
const oneLine = (text: string) =>
  text
    .split(/[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");

/** Content types for the `type` attribute of <podcast:transcript>. */
export const TRANSCRIPT_CONTENT_TYPES = { vtt: "text/vtt", srt: "application/x-subrip", json: "application/json" } as const;

// In cue text and voice names "<" starts a tag, "&" a character reference and ">" ends a
// voice name; escaping ">" also turns any "-->" in the text into "--&gt;".
const escapeVtt = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** WebVTT with a voice span naming the speaker on every cue that has one (Apple Podcasts reads these). */
export function toWebVtt(segments: readonly TranscriptSegment[]): string {
  const cues = segments.map(({ startMs, endMs, speaker, text }) => {
    const voice = speaker ? `<v ${escapeVtt(oneLine(speaker))}>` : "";
    return `${formatCueTime(startMs)} --> ${formatCueTime(endMs)}\n${voice}${escapeVtt(oneLine(text))}\n`;
  });
  return ["WEBVTT\n", ...cues].join("\n");
}

/**
 * SRT with the speaker as a "Name: " prefix, the podcast namespace's convention. SRT has no
 * escaping: text that itself starts like "Note: …" on a segment without a speaker reads back
 * with "Note" as the speaker, and so it will in podcast apps.
 */
export function toSrt(segments: readonly TranscriptSegment[]): string {
  return segments
    .map(({ startMs, endMs, speaker, text }, index) => {
      const prefix = speaker ? `${oneLine(speaker)}: ` : "";
      return `${index + 1}\n${formatCueTime(startMs, ",")} --> ${formatCueTime(endMs, ",")}\n${prefix}${oneLine(text)}\n`;
    })
    .join("\n");
}

/**
 * The Podcasting 2.0 JSON transcript: version "1.0.0" and segments of speaker, startTime and
 * endTime in seconds, and body. A segment whose speaker isn't known has no speaker field,
 * rather than an empty name for apps to show.
 */
export function toTranscriptJson(segments: readonly TranscriptSegment[]): string {
  return JSON.stringify({
    version: "1.0.0",
    segments: segments.map(({ startMs, endMs, speaker, text }) => ({
      ...(speaker ? { speaker } : {}),
      startTime: startMs / 1000,
      endTime: endMs / 1000,
      body: text,
    })),
  });
}
