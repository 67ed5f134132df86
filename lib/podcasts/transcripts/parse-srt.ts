import { parseTiming, timingExample } from "./cue-time";
import { quote, type ErrorList } from "./errors";
import { blocksOf } from "./input-lines";
import { collapseSpaces } from "./collapse-spaces";
import { splitSpeakerPrefix } from "./speaker-name";
import type { ParsedSegment } from "./types";

// SubRip: numbered blocks of a timing line and text. Numbers are often missing or wrong after
// editing, and they carry nothing we keep, so they are not checked; anything else where a
// number or timing belongs is reported.
const NUMBER = /^\d+$/;
// Only a real timing line starts a new subtitle inside a block (a missing blank line); text may contain "-->".
const TIMING_LINE = /^\d+:\d{2}:\d{2}[,.]\d{3}[ \t]*-->/;
// The formatting SRT players understand: <i> <b> <u> <s> <font …>, and {\an8}-style positions.
// Exact tags only, so text such as "a<b --> c" is left alone; no tag holds another's opening
// character, which keeps the scan linear on text full of unclosed "<font" or "{\".
const FORMATTING = /<\/?[ibus]>|<font(?:\s[^<>]*)?>|<\/font>|\{\\[^{}]*\}/gi;

/** Reads the subtitles; each problem is added to `errors` with its line, and its subtitle is left out. */
export function parseSrt(lines: string[], errors: ErrorList): ParsedSegment[] {
  const segments: ParsedSegment[] = [];
  for (const block of blocksOf(lines, 0, (line) => line.trim() === "")) {
    const lineNumber = (index: number) => block.start + index + 1;
    let at = 0;
    while (at < block.lines.length) {
      const numbered = NUMBER.test(block.lines[at].trim());
      const timingAt = numbered ? at + 1 : at;
      const timing = block.lines[timingAt];
      if (!timing?.includes("-->")) {
        errors.add(
          lineNumber(timingAt < block.lines.length ? timingAt : at),
          numbered && timing === undefined
            ? `subtitle ${block.lines[at].trim()} has no timing line or text.`
            : `expected ${numbered ? "" : "a subtitle number or "}a timing line such as ${timingExample("srt")}, but found ${quote(timing ?? "")}.`,
        );
        break;
      }
      let next = block.lines.findIndex((line, index) => index > timingAt && TIMING_LINE.test(line.trim()));
      if (next < 0) next = block.lines.length;
      else if (next - 1 > timingAt && NUMBER.test(block.lines[next - 1].trim())) next -= 1;
      const segment = readSubtitle(timing, block.lines.slice(timingAt + 1, next), lineNumber(timingAt), errors);
      if (segment) segments.push(segment);
      at = next;
    }
  }
  return segments;
}

function readSubtitle(timing: string, textLines: string[], line: number, errors: ErrorList): ParsedSegment | null {
  const times = parseTiming(timing, "srt", line, errors);
  const text = collapseSpaces(textLines.join(" ").replace(FORMATTING, ""));
  return times && { line, ...times, ...splitSpeakerPrefix(text, "colon") };
}
