import "server-only";
import { db } from "@/lib/db";
import { conflictMessage, type ConflictReport } from "./conflict";
import { revisionFields, loadFieldNames } from "./article-queries";
import { diffArticleFields } from "./revision-diff";
import type { ArticleFields } from "./revision-fields";

// What a refused save shows: who changed the article and when, and what they changed since the
// version the refused editor started from (or, when that revision has been pruned, how their
// version differs from the refused text).

export async function buildConflictReport(
  articleId: string,
  baseVersion: number,
  yours: ArticleFields,
  timeZone: string,
): Promise<ConflictReport | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: { authors: { select: { id: true } } },
  });
  if (!article) return null;
  const [editor, base, names] = await Promise.all([
    article.updatedById ? db.user.findUnique({ where: { id: article.updatedById }, select: { name: true, email: true } }) : null,
    db.articleRevision.findUnique({ where: { articleId_version: { articleId, version: baseVersion } } }),
    loadFieldNames(),
  ]);
  const theirs = revisionFields({ ...article, authorIds: article.authors.map((a) => a.id) });
  const message = conflictMessage(
    { by: article.updatedById ? (editor?.name ?? editor?.email ?? "Another editor") : null, at: article.updatedAt, status: article.status },
    timeZone,
  );
  return {
    message,
    version: article.version,
    changes: diffArticleFields(base ? revisionFields(base) : yours, theirs, names),
    comparedWith: base ? "base" : "yours",
  };
}
