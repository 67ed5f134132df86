import type { FormState } from "@/lib/forms/form-state";
import type { TranscriptSegment } from "@/lib/podcasts/transcript-formats";

// What the episode desk's transcript forms get back from their server actions, beyond FormState.

export interface TranscriptImportState extends FormState {
  /** The parser's problems, each naming its line; nothing was saved. */
  problems?: string[];
  /** A valid import that would replace the current transcript: shown before anything changes. */
  preview?: { count: number; replaces: number; speakers: string[]; first: TranscriptSegment[] };
  /** The text that was previewed, sent back unchanged with the confirmation. */
  source?: string;
}

export interface SegmentTableState extends FormState {
  /** Messages per row (0-based, in the order the rows were sent). */
  rowErrors?: Record<number, string[]>;
}

/** How many segments of an import preview are shown. */
export const PREVIEW_SEGMENTS = 8;
