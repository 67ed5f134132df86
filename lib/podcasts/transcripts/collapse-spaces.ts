/** Joins a cue's lines with single spaces and trims it: transcripts are read, not laid out as captions. */
export function collapseSpaces(text: string): string {
  // Only spaces and tabs: a no-break space (&nbsp;) was put there on purpose.
  return text.replace(/[ \t]+/g, " ").replace(/^ | $/g, "");
}
