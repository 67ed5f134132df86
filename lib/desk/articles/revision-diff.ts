import { diffWordsWithSpace } from "diff";
import { changedFields, displayFields, FIELD_LABELS, PROSE_FIELDS, type ArticleFields, type FieldNames } from "./revision-fields";

// A readable comparison of two versions of an article: prose word by word (what was struck and
// what was added, in place), other fields as "before → after". Pure.

export interface DiffPart {
  value: string;
  change: "added" | "removed" | "same";
}

export type FieldDiff =
  | { field: keyof ArticleFields; label: string; kind: "prose"; parts: DiffPart[] }
  | { field: keyof ArticleFields; label: string; kind: "value"; before: string; after: string };

/** Word-level differences between two texts (whitespace kept, so paragraphs stay apart). */
export function diffProse(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    value: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

/** What changed from `before` to `after`, field by field; unchanged fields are left out. */
export function diffArticleFields(before: ArticleFields, after: ArticleFields, names: FieldNames): FieldDiff[] {
  const a = displayFields(before, names);
  const b = displayFields(after, names);
  return changedFields(before, after).map((field) =>
    PROSE_FIELDS.has(field)
      ? { field, label: FIELD_LABELS[field], kind: "prose", parts: diffProse(a[field], b[field]) }
      : { field, label: FIELD_LABELS[field], kind: "value", before: a[field], after: b[field] },
  );
}
