import { TRANSCRIPT_LIMITS, type TranscriptError } from "./types";

/** Collects problems in line order, keeping the first few: an editor fixes those and tries again. */
export class ErrorList {
  readonly items: TranscriptError[] = [];

  add(line: number, problem: string): void {
    if (this.items.length < TRANSCRIPT_LIMITS.maxErrors) this.items.push({ line, message: `Line ${line}: ${problem}` });
  }
}

/** Merges lists that are each in line order; on the same line, earlier lists come first. */
export function mergeErrors(...lists: ErrorList[]): TranscriptError[] {
  return lists
    .flatMap((list) => list.items)
    .sort((a, b) => a.line - b.line)
    .slice(0, TRANSCRIPT_LIMITS.maxErrors);
}

/** Quotes a piece of the input in a message, shortened so one bad line can't flood the list. */
export function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `“${shown}”`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
