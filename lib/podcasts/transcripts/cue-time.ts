import { quote, type ErrorList } from "./errors";

// Times as the three formats write them. WebVTT allows leaving out the hours; SRT always has
// them (a full stop instead of its comma is a common slip, and harmless, so it is accepted);
// pasted text uses whatever a person or tool wrote: 1:23, 01:02:03, 01:02:03.5.
const CLOCKS = {
  vtt: {
    pattern: /^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})$/,
    looksLike: "WebVTT times look like 00:01:23.456 or 01:23.456",
  },
  srt: {
    pattern: /^(\d+):(\d{2}):(\d{2})[,.](\d{3})$/,
    looksLike: "SRT times look like 00:01:23,456",
  },
  text: {
    pattern: /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})(?:[.,](\d{1,3}))?$/,
    looksLike: "times look like 1:23, 01:23:45 or 01:23:45.5",
  },
} as const;

export type ClockStyle = keyof typeof CLOCKS;

/** Reads one time, or says in plain words why it isn't one. */
export function parseClock(raw: string, style: ClockStyle): { ms: number } | { problem: string } {
  const match = CLOCKS[style].pattern.exec(raw);
  if (!match) {
    const hint =
      style === "vtt" && /^[\d:]+,\d{3}$/.test(raw)
        ? "WebVTT uses a full stop before the milliseconds, like 00:01:23.456"
        : CLOCKS[style].looksLike;
    return { problem: `${quote(raw)} is not a time; ${hint}.` };
  }
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
  // Without hours, plain text may count minutes past 59 ("75:10"); with hours, minutes stop at 59.
  if (seconds > 59 || (minutes > 59 && (style !== "text" || match[1] !== undefined))) {
    return { problem: `${quote(raw)} is not a time: minutes and seconds go up to 59.` };
  }
  const fraction = Number((match[4] ?? "").padEnd(3, "0"));
  return { ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction };
}

/** hh:mm:ss.mmm (or with a comma, for SRT): the cue times the writers emit and messages show. */
export function formatCueTime(ms: number, separator: "." | "," = "."): string {
  const total = Math.round(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${separator}${pad(total % 1000, 3)}`;
}

// "start --> end", then cue settings or SRT coordinates, which a transcript has no use for.
const TIMING = /^(\S+?)[ \t]*-->[ \t]*(\S+)(?:[ \t][\s\S]*)?$/;
const TIMING_EXAMPLES = { vtt: "00:00:01.000 --> 00:00:04.000", srt: "00:00:01,000 --> 00:00:04,000" };

/** Reads a timing line of a WebVTT cue or SRT subtitle, adding its problems to `errors`. */
export function parseTiming(
  timing: string,
  style: "vtt" | "srt",
  line: number,
  errors: ErrorList,
): { startMs: number; endMs: number } | null {
  const match = TIMING.exec(timing.trim());
  if (!match) {
    errors.add(line, `the timing ${quote(timing)} should look like ${TIMING_EXAMPLES[style]}.`);
    return null;
  }
  const start = parseClock(match[1], style);
  const end = parseClock(match[2], style);
  for (const time of [start, end]) if ("problem" in time) errors.add(line, time.problem);
  return "ms" in start && "ms" in end ? { startMs: start.ms, endMs: end.ms } : null;
}

export function timingExample(style: "vtt" | "srt"): string {
  return TIMING_EXAMPLES[style];
}
