import { collapseSpaces } from "./collapse-spaces";
import { formatCueTime, parseClock } from "./cue-time";
import { quote, type ErrorList } from "./errors";
import { looksLikeSpeakerName, splitSpeakerPrefix } from "./speaker-name";
import { TRANSCRIPT_LIMITS, type ParsedSegment, type ParseTranscriptOptions } from "./types";

// Timestamped plain text, as transcription tools export it and editors paste it:
//   [00:01:23] Speaker Name: text        (Descript)     00:01:23 Speaker: text
//   (1:23) Speaker — text                               01:23:45.5 Speaker: text
//   Speaker Name  1:23 / Speaker Name (01:23):  with the text on the lines below (Otter, Rev)
//   1:23 alone on a line, the text below (a YouTube transcript)
// Rules:
// - A line without a timestamp continues the text of the segment above it.
// - A speaker alone on a line ("HOST:") names the speaker of a segment whose timestamp line gave
//   none and whose text hasn't started; anywhere else it is an error, because joining it to the
//   text above would put one person's words in another's mouth.
// - A segment ends where the next one starts. The last ends at `totalDurationMs` when given,
//   otherwise after the time its words take to say (see estimateSpokenMs).
// A clock ends in two digits of seconds, so "2:1 odds" at the start of a line stays text. A line
// of text that starts with a time of day ("10:30 was when…") does read as a timestamp; the
// order check usually flags it.
const CLOCK = String.raw`\d{1,3}(?::\d{1,3})?:\d{2}(?:[.,]\d{1,3})?`;
const STAMP = String.raw`\[(${CLOCK})\]|\((${CLOCK})\)|(${CLOCK})`;
const STAMP_FIRST = new RegExp(String.raw`^(?:\[(${CLOCK})\]|\((${CLOCK})\)|(${CLOCK})(?=$|[\s:|—–-]))[ \t]*(?:[:|—–-][ \t]*)?([\s\S]*)$`);
const SPEAKER_THEN_STAMP = new RegExp(String.raw`^(.+?)[ \t]+(?:${STAMP})[ \t]*:?$`);
// That pattern backtracks on long runs of spaces; a name and a time never need more than this.
const MAX_HEADER_CHARS = TRANSCRIPT_LIMITS.maxSpeakerChars + 30;

interface Draft {
  line: number;
  startMs: number;
  speaker: string;
  text: string;
}

export function parseText(lines: string[], errors: ErrorList, options: ParseTranscriptOptions): ParsedSegment[] {
  const drafts: Draft[] = [];
  // After a line whose time is unreadable, its text lines are dropped rather than joined to the segment before.
  let current: Draft | "unreadable" | null = null;
  let reportedTextBeforeStart = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed) return;
    const stamped = readStampedLine(trimmed);
    if (stamped) {
      const time = parseClock(stamped.clock, "text");
      if ("problem" in time) {
        errors.add(line, time.problem);
        current = "unreadable";
        return;
      }
      const previous = drafts.at(-1);
      if (previous?.startMs === time.ms) {
        errors.add(
          line,
          `starts at ${formatCueTime(time.ms)}, the same time as the segment on line ${previous.line}; give it a later time or merge the two.`,
        );
      }
      current = { line, startMs: time.ms, speaker: stamped.speaker, text: stamped.text };
      drafts.push(current);
      return;
    }
    const alone = /[:：]$/.test(trimmed) ? collapseSpaces(trimmed.slice(0, -1)) : "";
    if (alone && looksLikeSpeakerName(alone)) {
      if (typeof current === "object" && current && !current.speaker && !current.text) current.speaker = alone;
      else
        errors.add(
          line,
          `${quote(trimmed)} names a speaker but has no timestamp, so we can't tell when they start; add one, like [00:01:23] ${alone}: …`,
        );
    } else if (typeof current === "object" && current) {
      current.text = current.text ? `${current.text} ${trimmed}` : trimmed;
    } else if (current === null && !reportedTextBeforeStart) {
      reportedTextBeforeStart = true;
      errors.add(
        line,
        `this text comes before the first timestamp; every segment needs a start time, like [00:00:00] at the start of its line.`,
      );
    }
  });
  return withEndTimes(drafts, errors, options);
}

function readStampedLine(line: string): { clock: string; speaker: string; text: string } | null {
  const first = STAMP_FIRST.exec(line);
  if (first) return { clock: first[1] ?? first[2] ?? first[3], ...splitSpeakerPrefix(first[4], "colonOrDash") };
  const header = line.length <= MAX_HEADER_CHARS ? SPEAKER_THEN_STAMP.exec(line) : null;
  if (header && looksLikeSpeakerName(header[1])) return { clock: header[2] ?? header[3] ?? header[4], speaker: header[1], text: "" };
  return null;
}

function withEndTimes(drafts: Draft[], errors: ErrorList, { totalDurationMs }: ParseTranscriptOptions): ParsedSegment[] {
  return drafts.map((draft, index) => {
    const next = drafts[index + 1];
    const estimated = draft.startMs + estimateSpokenMs(draft.text);
    if (next) return { ...draft, endMs: next.startMs > draft.startMs ? next.startMs : estimated };
    if (totalDurationMs === undefined) return { ...draft, endMs: estimated };
    if (totalDurationMs > draft.startMs) return { ...draft, endMs: totalDurationMs };
    errors.add(draft.line, `starts at ${formatCueTime(draft.startMs)}, but the episode is only ${formatCueTime(totalDurationMs)} long.`);
    return { ...draft, endMs: estimated };
  });
}

// How long words take to say, for the last segment of a text transcript when the episode's
// length isn't known: 150 words a minute (400 ms a word), where a Chinese or Japanese character
// counts as half a word, and never less than a second.
const MS_PER_WORD = 400;
const MIN_SPOKEN_MS = 1000;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export function estimateSpokenMs(text: string): number {
  const characters = text.match(CJK_CHARACTER)?.length ?? 0;
  const words = text.replace(CJK_CHARACTER, " ").split(/\s+/).filter(Boolean).length;
  return Math.max(MIN_SPOKEN_MS, Math.round((words + characters / 2) * MS_PER_WORD));
}
