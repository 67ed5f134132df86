import { ErrorList } from "./errors";
import { TRANSCRIPT_LIMITS } from "./types";

// Tabs are text; line breaks split lines; every other C0/C1 control character (NUL above all)
// means a damaged or binary file, and would be invisible on the desk and in podcast apps.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Describes a control character found in `text`, or returns null when there is none. */
export function findControlCharacter(text: string): string | null {
  const found = CONTROL_CHARACTER.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : null;
}

/**
 * Splits the input into lines (CRLF, CR or LF; a leading byte-order mark dropped), or lists what
 * makes it unreadable: too large, empty, or holding control characters.
 */
export function readLines(input: string): { lines: string[] } | { errors: ErrorList } {
  const errors = new ErrorList();
  // UTF-8 never needs fewer bytes than UTF-16 code units, so a long string is rejected before encoding it.
  const bytes = input.length > TRANSCRIPT_LIMITS.maxBytes ? input.length : new TextEncoder().encode(input).length;
  if (bytes > TRANSCRIPT_LIMITS.maxBytes) {
    errors.add(1, `the file is larger than ${TRANSCRIPT_LIMITS.maxBytes / 1024 / 1024} MB, the most we accept.`);
    return { errors };
  }
  const lines = input.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (lines.every((line) => line.trim() === "")) {
    errors.add(1, "the file is empty.");
    return { errors };
  }
  lines.forEach((line, index) => {
    const control = findControlCharacter(line);
    if (control) errors.add(index + 1, `contains an invisible control character (${control}); the file may be damaged or not a text file.`);
  });
  return errors.items.length > 0 ? { errors } : { lines };
}

/** Runs of lines between blank ones, each with the 0-based index of its first line. */
export function* blocksOf(
  lines: string[],
  from: number,
  isBlank: (line: string) => boolean,
): Generator<{ start: number; lines: string[] }> {
  let start = -1;
  for (let index = from; index <= lines.length; index++) {
    const blank = index === lines.length || isBlank(lines[index]);
    if (!blank && start < 0) start = index;
    if (blank && start >= 0) {
      yield { start, lines: lines.slice(start, index) };
      start = -1;
    }
  }
}
