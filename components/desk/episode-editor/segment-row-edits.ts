import { formatCueTime, parseClock } from "@/lib/podcasts/transcripts/cue-time";

// Row operations of the transcript table, on rows as typed (times are text until saved). Pure.

export interface EditableRow {
  /** Stable identity for React while rows move. */
  key: number;
  start: string;
  end: string;
  speaker: string;
  text: string;
}

const msOf = (clock: string): number | null => {
  const time = parseClock(clock.trim(), "text");
  return "ms" in time ? time.ms : null;
};

const nextKey = (rows: EditableRow[]) => rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;

/** Splits a row's words in two at the middle word, and its time in proportion. */
export function splitRow(rows: EditableRow[], index: number): EditableRow[] {
  const row = rows[index]!;
  const words = row.text.split(/\s+/).filter(Boolean);
  const cut = Math.max(1, Math.floor(words.length / 2));
  const [start, end] = [msOf(row.start), msOf(row.end)];
  const middle =
    start !== null && end !== null && end > start
      ? formatCueTime(Math.round(start + ((end - start) * cut) / Math.max(words.length, 1)))
      : row.end;
  const first = { ...row, end: middle, text: words.slice(0, cut).join(" ") };
  const second = { ...row, key: nextKey(rows), start: middle, text: words.slice(cut).join(" ") };
  return [...rows.slice(0, index), first, second, ...rows.slice(index + 1)];
}

/** Joins a row with the one after it: the first's start and speaker, the second's end, both texts. */
export function mergeWithNext(rows: EditableRow[], index: number): EditableRow[] {
  const [row, next] = [rows[index]!, rows[index + 1]];
  if (!next) return rows;
  const merged = { ...row, end: next.end, text: `${row.text} ${next.text}`.trim() };
  return [...rows.slice(0, index), merged, ...rows.slice(index + 2)];
}

/** An empty row after `index` (or first, for -1), timed from the end of the row before it. */
export function addRowAfter(rows: EditableRow[], index: number): EditableRow[] {
  const before = rows[index];
  const start = before ? (msOf(before.end) ?? 0) : 0;
  const row = {
    key: nextKey(rows),
    start: formatCueTime(start),
    end: formatCueTime(start + 5_000),
    speaker: before?.speaker ?? "",
    text: "",
  };
  return [...rows.slice(0, index + 1), row, ...rows.slice(index + 1)];
}
