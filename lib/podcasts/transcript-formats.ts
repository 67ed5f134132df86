// Podcast transcripts in and out: WebVTT, SRT and timestamped plain text read into segments
// (for the editor's desk), segments written as WebVTT, SRT and Podcasting 2.0 JSON (for feeds).
// Pure: no I/O, safe on the server and in the browser. The pieces live in ./transcripts/.
import { ErrorList, mergeErrors } from "./transcripts/errors";
import { readLines } from "./transcripts/input-lines";
import { parseSrt } from "./transcripts/parse-srt";
import { parseText } from "./transcripts/parse-text";
import { parseVtt } from "./transcripts/parse-vtt";
import type { ParsedSegment, ParseTranscriptOptions, ParseTranscriptResult, TranscriptFormat } from "./transcripts/types";
import { segmentNoun, validateSegments } from "./transcripts/validate";

export { formatCueTime } from "./transcripts/cue-time";
export { estimateSpokenMs } from "./transcripts/parse-text";
export { looksLikeSpeakerName } from "./transcripts/speaker-name";
export { TRANSCRIPT_LIMITS } from "./transcripts/types";
export type {
  ParseTranscriptOptions,
  ParseTranscriptResult,
  TranscriptError,
  TranscriptFormat,
  TranscriptSegment,
} from "./transcripts/types";
export { TRANSCRIPT_CONTENT_TYPES, toSrt, toTranscriptJson, toWebVtt } from "./transcripts/write";

const PARSERS: Record<TranscriptFormat, (lines: string[], errors: ErrorList, options: ParseTranscriptOptions) => ParsedSegment[]> = {
  vtt: parseVtt,
  srt: parseSrt,
  text: parseText,
};

/**
 * Reads a transcript into segments, or lists what is wrong with it, each problem naming its
 * line (at most TRANSCRIPT_LIMITS.maxErrors of them, in line order). Nothing is fixed silently:
 * cues out of order are reported, not sorted.
 */
export function parseTranscript(
  input: string,
  format: TranscriptFormat | "auto",
  options: ParseTranscriptOptions = {},
): ParseTranscriptResult {
  const chosen = format === "auto" ? detectTranscriptFormat(input) : format;
  const read = readLines(input);
  if ("errors" in read) return { ok: false, format: chosen, errors: read.errors.items };
  const parseErrors = new ErrorList();
  const parsed = PARSERS[chosen](read.lines, parseErrors, options);
  if (parsed.length === 0 && parseErrors.items.length === 0) parseErrors.add(1, `the file has no ${segmentNoun(chosen)}s.`);
  const ruleErrors = new ErrorList();
  validateSegments(parsed, chosen, ruleErrors);
  const errors = mergeErrors(parseErrors, ruleErrors);
  if (errors.length > 0) return { ok: false, format: chosen, errors };
  return { ok: true, format: chosen, segments: parsed.map(({ startMs, endMs, speaker, text }) => ({ startMs, endMs, speaker, text })) };
}

/**
 * Guesses the format from the first lines: WEBVTT on the first line is WebVTT; timing lines
 * ("-->") with comma milliseconds or under a number are SRT, other timing lines are WebVTT
 * missing its header (its parser then says so); anything else is plain text.
 */
export function detectTranscriptFormat(input: string): TranscriptFormat {
  const lines = input
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/);
  if (/^WEBVTT(?:[ \t]|$)/.test(lines[0])) return "vtt";
  const filled = lines.map((line) => line.trim()).filter(Boolean);
  const timing = filled.slice(0, 10).find((line) => line.includes("-->"));
  if (!timing) return "text";
  return /\d,\d{3}/.test(timing) || /^\d+$/.test(filled[0]) ? "srt" : "vtt";
}
