import "server-only";
import { db } from "@/lib/db";
import { recordArticleAudit } from "./article-audit";

export type DeleteOutcome = "deleted" | "missing" | "not-a-draft" | "changed";

/**
 * Deletes a draft that has never been published, with its revisions and slug (an article
 * readers have seen is unpublished instead, so its address and history stay). Refused when the
 * article changed since `baseVersion`: nobody deletes what they have not seen.
 */
export async function deleteDraft(editorId: string, articleId: string, baseVersion: number): Promise<DeleteOutcome> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { title: true, status: true, publishedAt: true } });
    if (!article) return "missing";
    if (article.status !== "DRAFT" || article.publishedAt) return "not-a-draft";
    const { count } = await tx.article.deleteMany({ where: { id: articleId, version: baseVersion, status: "DRAFT", publishedAt: null } });
    if (count === 0) return "changed";
    await recordArticleAudit(tx, { actorId: editorId, action: "article.delete", articleId, before: { title: article.title } });
    return "deleted";
  });
}
