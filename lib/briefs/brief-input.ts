import { z } from "zod";

// What an editor may write in a brief, validated the same way however it is sent. Pure.

export const INTRO_MAX = 3000;
export const ITEM_SUMMARY_MAX = 600;
export const ITEMS_MAX = 30;

const ID = /^[a-z0-9]{1,64}$/;

export const briefItemTextSchema = z.object({
  headline: z.string().trim().min(1, "Write a headline.").max(160, "Keep headlines under 160 characters."),
  summary: z.string().trim().min(1, "Write a summary.").max(ITEM_SUMMARY_MAX, `Keep summaries under ${ITEM_SUMMARY_MAX} characters.`),
});

/** What the composer's buttons ask for besides saving the text. */
export type BriefOperation =
  | { kind: "save" }
  | { kind: "up" | "down" | "remove"; itemId: string }
  | { kind: "add-pick"; pickId: string }
  | { kind: "add-article"; articleId: string }
  | { kind: "add-new-picks" };

export function parseOperation(op: unknown, form: { addPick?: unknown; addArticle?: unknown }): BriefOperation | null {
  if (op === undefined || op === null || op === "save") return { kind: "save" };
  if (typeof op !== "string") return null;
  const [kind, itemId] = op.split(":");
  if ((kind === "up" || kind === "down" || kind === "remove") && itemId && ID.test(itemId)) return { kind, itemId };
  if (kind === "add-pick") return typeof form.addPick === "string" && ID.test(form.addPick) ? { kind, pickId: form.addPick } : null;
  if (kind === "add-article")
    return typeof form.addArticle === "string" && ID.test(form.addArticle) ? { kind, articleId: form.addArticle } : null;
  if (kind === "add-new-picks") return { kind };
  return null;
}

export interface BriefTextInput {
  version: number;
  intro: string;
  items: Array<{ id: string; headline: string; summary: string }>;
}

export type BriefTextResult = { ok: true; value: BriefTextInput } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Reads the composer's fields: `version`, `intro`, `order` (item ids, comma-separated) and
 * `headline:<id>` / `summary:<id>` per item. Errors are keyed by field name.
 */
export function parseBriefText(fields: Record<string, unknown>): BriefTextResult {
  const fieldErrors: Record<string, string[]> = {};
  const version = Number(fields.version);
  if (!Number.isInteger(version) || version < 1) fieldErrors.form = ["Reload the page: this form is out of date."];
  const intro = typeof fields.intro === "string" ? fields.intro.trim() : "";
  if (intro.length > INTRO_MAX) fieldErrors.intro = [`Keep the introduction under ${INTRO_MAX} characters.`];
  const order = typeof fields.order === "string" && fields.order ? fields.order.split(",") : [];
  if (order.length > ITEMS_MAX || order.some((id) => !ID.test(id))) fieldErrors.form = ["Reload the page: this form is out of date."];
  const items = order.flatMap((id) => {
    const parsed = briefItemTextSchema.safeParse({ headline: fields[`headline:${id}`] ?? "", summary: fields[`summary:${id}`] ?? "" });
    if (parsed.success) return [{ id, ...parsed.data }];
    for (const issue of parsed.error.issues) (fieldErrors[`${String(issue.path[0])}:${id}`] ??= []).push(issue.message);
    return [];
  });
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, value: { version, intro, items } };
}
