import "server-only";
import { db } from "@/lib/db";
import { loadFieldNames, revisionFields } from "./article-queries";
import { diffArticleFields, type FieldDiff } from "./revision-diff";

// An article's revision history for the desk: who saved what when, and what each save changed.

export async function listRevisions(articleId: string) {
  return db.articleRevision.findMany({
    where: { articleId },
    select: {
      id: true,
      version: true,
      kind: true,
      restoredFrom: true,
      createdAt: true,
      title: true,
      editor: { select: { name: true, email: true } },
    },
    orderBy: { version: "desc" },
  });
}

export type RevisionSummary = Awaited<ReturnType<typeof listRevisions>>[number];

export interface RevisionComparison {
  /** The revision compared against: the one before it, or the article as it is now. */
  against: "previous" | "current";
  /** The version it is compared with (null: the first revision, compared with nothing). */
  otherVersion: number | null;
  changes: FieldDiff[];
}

/**
 * What revision `revisionId` changed compared with the revision before it, or how the article
 * now differs from it. Null when the revision is not this article's.
 */
export async function compareRevision(
  articleId: string,
  revisionId: string,
  against: "previous" | "current",
): Promise<RevisionComparison | null> {
  const revision = await db.articleRevision.findFirst({ where: { id: revisionId, articleId } });
  if (!revision) return null;
  const names = await loadFieldNames();
  if (against === "current") {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { authors: { select: { id: true } } } });
    const current = revisionFields({ ...article, authorIds: article.authors.map((a) => a.id) });
    return { against, otherVersion: article.version, changes: diffArticleFields(revisionFields(revision), current, names) };
  }
  const previous = await db.articleRevision.findFirst({
    where: { articleId, version: { lt: revision.version } },
    orderBy: { version: "desc" },
  });
  const before = previous ? revisionFields(previous) : { ...revisionFields(revision), title: "", dek: "", body: "" };
  return { against, otherVersion: previous?.version ?? null, changes: diffArticleFields(before, revisionFields(revision), names) };
}
