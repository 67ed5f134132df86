// Highlighted snippets from PostgreSQL's ts_headline. It marks matches with two private-use
// characters (removed from the text beforehand, so only its own marks are there); the page turns
// them into <mark> elements and React escapes everything else. No HTML ever comes from the
// database. Pure.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** ts_headline options for a short passage, and for a whole title. */
export const SNIPPET_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
export const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

export interface SnippetPart {
  text: string;
  mark: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(MARK_START).entries()) {
    // Every piece after the first began with a start mark; a piece without its end mark is plain.
    const end = index === 0 ? -1 : piece.indexOf(MARK_END);
    const marked = end >= 0 ? piece.slice(0, end) : "";
    const rest = (end >= 0 ? piece.slice(end + 1) : piece).replaceAll(MARK_END, "");
    if (marked) parts.push({ text: marked, mark: true });
    if (rest) parts.push({ text: rest, mark: false });
  }
  return parts;
}
