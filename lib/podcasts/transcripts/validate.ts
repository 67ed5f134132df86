import { formatCueTime } from "./cue-time";
import { formatCount, type ErrorList } from "./errors";
import { findControlCharacter } from "./input-lines";
import { TRANSCRIPT_LIMITS, type ParsedSegment, type TranscriptFormat } from "./types";

// What every format's segments must satisfy before they reach the database. Times can't be
// negative: no clock pattern reads a minus sign.
const NOUNS: Record<TranscriptFormat, string> = { vtt: "cue", srt: "subtitle", text: "segment" };
const time = (ms: number) => formatCueTime(ms);

/** What the format calls one timed piece of text: a cue, a subtitle, a segment. */
export function segmentNoun(format: TranscriptFormat): string {
  return NOUNS[format];
}

/** Adds a problem for each rule a segment breaks, on the segment's line. Order is reported, never fixed by sorting. */
export function validateSegments(segments: ParsedSegment[], format: TranscriptFormat, errors: ErrorList): void {
  const noun = segmentNoun(format);
  const limits = TRANSCRIPT_LIMITS;
  segments.forEach((segment, index) => {
    const { line, startMs, endMs, speaker, text } = segment;
    const previous = segments[index - 1];
    if (index === limits.maxSegments) {
      errors.add(line, `the transcript has more than ${formatCount(limits.maxSegments)} ${noun}s, the most we accept.`);
    }
    const latest = Math.max(startMs, endMs);
    if (latest > limits.maxTimeMs) errors.add(line, `${time(latest)} is later than the latest time we accept (${time(limits.maxTimeMs)}).`);
    if (endMs < startMs) errors.add(line, `the end time ${time(endMs)} is before the start time ${time(startMs)}.`);
    if (endMs === startMs) errors.add(line, `the ${noun} ends at the moment it starts (${time(startMs)}); its end time must be later.`);
    if (previous && startMs < previous.startMs) {
      errors.add(
        line,
        `this ${noun} starts at ${time(startMs)}, before the ${noun} on line ${previous.line} (${time(previous.startMs)}); ${noun}s must be in time order.`,
      );
    }
    if (!text) errors.add(line, `this ${noun} has no text.`);
    checkLength(line, "text", text, limits.maxTextChars, errors);
    checkLength(line, "speaker name", speaker, limits.maxSpeakerChars, errors);
    // Character references (&#7;) can spell what the raw-input check already refused.
    const control = findControlCharacter(speaker + text);
    if (control) errors.add(line, `the ${noun} contains an invisible control character (${control}).`);
  });
}

function checkLength(line: number, what: string, value: string, max: number, errors: ErrorList): void {
  // Characters as people count them: an emoji is one, not two UTF-16 units.
  const length = value.length > max ? [...value].length : value.length;
  if (length > max) errors.add(line, `the ${what} is ${formatCount(length)} characters long; the limit is ${formatCount(max)}.`);
}
