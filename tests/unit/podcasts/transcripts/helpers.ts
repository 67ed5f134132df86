import { expect } from "vitest";
import { parseTranscript, type TranscriptFormat, type TranscriptSegment } from "@/lib/podcasts/transcript-formats";

/** Lines joined with "\n": samples read like the files they stand for. */
export const file = (...lines: string[]) => lines.join("\n");

/** Shorthand for expected segments: [start, end, speaker, text]. */
export const seg = (startMs: number, endMs: number, speaker: string, text: string): TranscriptSegment => ({
  startMs,
  endMs,
  speaker,
  text,
});

export function expectSegments(input: string, format: TranscriptFormat | "auto", options = {}): TranscriptSegment[] {
  const result = parseTranscript(input, format, options);
  if (!result.ok) expect.fail(`expected segments, got errors:\n${result.errors.map((e) => e.message).join("\n")}`);
  return result.segments;
}

/** The problems as [line, message] pairs. */
export function expectErrors(input: string, format: TranscriptFormat | "auto", options = {}): Array<[number, string]> {
  const result = parseTranscript(input, format, options);
  if (result.ok) expect.fail(`expected errors, got ${result.segments.length} segments`);
  for (const error of result.errors) expect(error.message.startsWith(`Line ${error.line}: `)).toBe(true);
  return result.errors.map((error) => [error.line, error.message]);
}
