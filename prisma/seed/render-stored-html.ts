import type { PrismaClient } from "@prisma/client";
import { renderArticleHtml } from "@/lib/content/article-html";

/**
 * Renders the stored HTML of articles that have none: those written before HTML was stored
 * at save time (the migration cannot render Markdown). Idempotent; runs on every start.
 */
export async function renderMissingArticleHtml(db: PrismaClient): Promise<number> {
  const missing = await db.article.findMany({ where: { bodyHtml: "" }, select: { id: true, body: true } });
  for (const article of missing) {
    await db.article.update({ where: { id: article.id }, data: renderArticleHtml(article.body) });
  }
  return missing.length;
}
