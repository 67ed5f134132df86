"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { renderArticlePreview, type PreviewResult } from "@/lib/desk/articles/article-preview";
import { articleFormSchema, idSchema, readArticleForm, toArticleFields } from "@/lib/desk/articles/article-form";
import { deleteDraft } from "@/lib/desk/articles/delete-draft";
import { toEditorResult, type EditorResult } from "@/lib/desk/articles/editor-result";
import { restoreRevision } from "@/lib/desk/articles/restore-revision";
import { saveArticle } from "@/lib/desk/articles/save-article";
import { suggestSlug } from "@/lib/desk/articles/slug";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { getSettings } from "@/lib/settings/get-settings";
import { articleEditorUrl, articleHistoryUrl, articleListUrl } from "./urls";

// The article desk's server actions. Each checks the role first, validates its form with zod
// and calls one lib/desk/articles function.

/** Every button of the editor: autosave, save, publish, schedule, unschedule, unpublish. */
export async function saveArticleAction(form: FormData): Promise<EditorResult> {
  const editor = await requireRole("EDITOR");
  const parsed = articleFormSchema.safeParse(readArticleForm(form));
  if (!parsed.success) {
    return { status: "error", message: "Please correct the fields marked below.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const { id, baseVersion, intent, scheduledFor } = parsed.data;
  const outcome = await saveArticle(editor.id, {
    articleId: id,
    baseVersion,
    intent,
    scheduledFor,
    fields: toArticleFields(parsed.data, parsed.data.slug),
  });
  return toEditorResult(outcome, intent, (await getSettings()).timeZone);
}

const previewSchema = z.object({
  id: idSchema,
  title: z.string().max(200),
  body: z.string().max(200_000),
});

/** The live preview: the body as readers will get it, and the address the title suggests. */
export async function previewArticleAction(form: FormData): Promise<PreviewResult> {
  await requireRole("EDITOR");
  const parsed = previewSchema.safeParse({ id: form.get("id"), title: form.get("title") ?? "", body: form.get("body") ?? "" });
  if (!parsed.success) return { error: "The preview could not be made from this text." };
  return { ...renderArticlePreview(parsed.data.body), suggestedSlug: suggestSlug(parsed.data.title, parsed.data.id) };
}

const revisionFormSchema = z.object({
  articleId: idSchema,
  revisionId: idSchema,
  baseVersion: z.coerce.number().int().min(1).max(2_000_000_000),
});

/** Restores a revision from the history page (a form post: it works without JavaScript). */
export async function restoreRevisionAction(form: FormData): Promise<void> {
  const editor = await requireRole("EDITOR");
  const parsed = revisionFormSchema.safeParse(Object.fromEntries(["articleId", "revisionId", "baseVersion"].map((k) => [k, form.get(k)])));
  if (!parsed.success) redirect(articleListUrl({ error: "missing" }));
  const { articleId } = parsed.data;
  const outcome = await restoreRevision(editor.id, parsed.data);
  if (outcome.kind === "saved") redirect(articleEditorUrl(articleId, { notice: "restored" }));
  if (outcome.kind === "missing") redirect(articleListUrl({ error: "missing" }));
  redirect(articleHistoryUrl(articleId, { error: outcome.kind === "conflict" ? "changed" : "restore-invalid" }));
}

const deleteFormSchema = z.object({ articleId: idSchema, baseVersion: z.coerce.number().int().min(1).max(2_000_000_000) });

/** Deletes a draft that was never published. */
export async function deleteDraftAction(form: FormData): Promise<void> {
  const editor = await requireRole("EDITOR");
  const parsed = deleteFormSchema.safeParse({ articleId: form.get("articleId"), baseVersion: form.get("baseVersion") });
  if (!parsed.success) redirect(articleListUrl({ error: "missing" }));
  const outcome = await deleteDraft(editor.id, parsed.data.articleId, parsed.data.baseVersion);
  if (outcome === "deleted") redirect(articleListUrl({ notice: "deleted" }));
  if (outcome === "missing") redirect(articleListUrl({ error: "missing" }));
  redirect(articleEditorUrl(parsed.data.articleId, { error: outcome }));
}
