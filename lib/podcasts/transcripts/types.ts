// Shapes and limits shared by the transcript readers and writers.

/** One timed piece of a transcript: the fields of the `TranscriptSegment` model, in order. */
export interface TranscriptSegment {
  startMs: number;
  endMs: number;
  /** "" when the file doesn't say who is speaking; editors fill it in on the desk. */
  speaker: string;
  text: string;
}

export type TranscriptFormat = "vtt" | "srt" | "text";

/** A problem an editor can fix. `message` is a whole sentence naming the line, e.g. "Line 14: …". */
export interface TranscriptError {
  /** 1-based line of the input; problems with the whole file are reported on line 1. */
  line: number;
  message: string;
}

export type ParseTranscriptResult =
  | { ok: true; format: TranscriptFormat; segments: TranscriptSegment[] }
  | { ok: false; format: TranscriptFormat; errors: TranscriptError[] };

export interface ParseTranscriptOptions {
  /** Length of the episode's audio: the end of the last segment of a plain-text transcript. */
  totalDurationMs?: number;
}

/** What we accept. Exported so that forms and help text render them instead of restating them. */
export const TRANSCRIPT_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxSegments: 10_000,
  maxSpeakerChars: 100,
  maxTextChars: 5_000,
  /** Times are stored as 32-bit integers of milliseconds; 100 hours is far beyond any episode and well inside that. */
  maxTimeMs: 100 * 3_600_000 - 1,
  /** More than this and an editor is better served by fixing the first ones and trying again. */
  maxErrors: 20,
} as const;

/** A segment with the line it was read from, so later checks can name that line. */
export interface ParsedSegment extends TranscriptSegment {
  line: number;
}
