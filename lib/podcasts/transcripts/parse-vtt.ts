import { parseTiming, timingExample } from "./cue-time";
import { quote, type ErrorList } from "./errors";
import { blocksOf } from "./input-lines";
import type { ParsedSegment } from "./types";
import { readVttCueText } from "./vtt-cue-text";

// WebVTT (https://www.w3.org/TR/webvtt1/) as podcast tools write it: the WEBVTT header and
// its block, NOTE/STYLE/REGION blocks, optional cue identifiers, cue settings (ignored).
const HEADER = /^WEBVTT(?:[ \t]|$)/;
const SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/** Reads the cues; each problem is added to `errors` with its line, and its cue is left out. */
export function parseVtt(lines: string[], errors: ErrorList): ParsedSegment[] {
  let from = 0;
  if (HEADER.test(lines[0])) {
    // The header block runs to the first blank line (YouTube puts "Kind:" and "Language:" there);
    // a cue right under it, without the blank line, is read as a cue rather than lost.
    do from++;
    while (from < lines.length && lines[from] !== "" && !lines[from].includes("-->"));
  } else {
    errors.add(1, "a WebVTT file must start with “WEBVTT” on its first line.");
  }
  const segments: ParsedSegment[] = [];
  // In WebVTT only an empty line ends a cue; a line holding a space is cue text (YouTube writes them).
  for (const block of blocksOf(lines, from, (line) => line === "")) {
    if (SKIPPED_BLOCK.test(block.lines[0])) continue;
    // The first or second line is the timing; a line before it is the cue's identifier.
    let at = block.lines[0].includes("-->") ? 0 : 1;
    if (!block.lines[at]?.includes("-->")) {
      errors.add(block.start + 1, `expected a cue timing such as ${timingExample("vtt")}, but found ${quote(block.lines[0])}.`);
      continue;
    }
    // A line with "-->" starts the next cue even without a blank line before it, as in the spec.
    while (at < block.lines.length) {
      const end = block.lines.findIndex((line, index) => index > at && line.includes("-->"));
      const textEnd = end < 0 ? block.lines.length : end;
      const segment = readCue(block.lines[at], block.lines.slice(at + 1, textEnd), block.start + at + 1, errors);
      if (segment) segments.push(segment);
      at = textEnd;
    }
  }
  return segments;
}

function readCue(timing: string, textLines: string[], line: number, errors: ErrorList): ParsedSegment | null {
  const times = parseTiming(timing, "vtt", line, errors);
  return times && { line, ...times, ...readVttCueText(textLines) };
}
