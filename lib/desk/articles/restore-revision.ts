import "server-only";
import { db } from "@/lib/db";
import { revisionFields } from "./article-queries";
import { saveArticle, type SaveOutcome } from "./save-article";

/**
 * Brings back the fields of an earlier revision as a new save (kind RESTORE): history is never
 * rewritten, and the restore is refused like any save when the article changed since
 * `baseVersion`. Authors or an image deleted since are left out; the status stays as it is.
 */
export async function restoreRevision(
  editorId: string,
  request: { articleId: string; revisionId: string; baseVersion: number },
): Promise<SaveOutcome> {
  const revision = await db.articleRevision.findFirst({ where: { id: request.revisionId, articleId: request.articleId } });
  if (!revision) return { kind: "missing" };
  const fields = revisionFields(revision);
  const [authors, image] = await Promise.all([
    db.author.findMany({ where: { id: { in: fields.authorIds } }, select: { id: true } }),
    fields.heroImageId ? db.image.findUnique({ where: { id: fields.heroImageId }, select: { id: true } }) : null,
  ]);
  const existing = new Set(authors.map((a) => a.id));
  return saveArticle(editorId, {
    articleId: request.articleId,
    baseVersion: request.baseVersion,
    intent: "save",
    fields: {
      ...fields,
      authorIds: fields.authorIds.filter((id) => existing.has(id)),
      heroImageId: image ? fields.heroImageId : null,
      heroImageAlt: image ? fields.heroImageAlt : "",
    },
    restoredFrom: revision.version,
  });
}
