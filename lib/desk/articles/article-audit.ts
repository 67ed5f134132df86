import "server-only";
import type { Prisma } from "@prisma/client";

// The audit log's record of editorial actions on articles (who, what, when, before/after),
// written in the transaction of the change. One function, so that switching to the shared
// audit writer (lib/audit) is a one-line change.

export type ArticleAuditAction =
  | "article.publish"
  | "article.schedule"
  | "article.unschedule"
  | "article.unpublish"
  | "article.edit-live"
  | "article.restore"
  | "article.delete"
  | "article.published-on-schedule";

export async function recordArticleAudit(
  tx: Prisma.TransactionClient,
  entry: { actorId: string | null; action: ArticleAuditAction; articleId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subject: `article:${entry.articleId}`,
      details: JSON.parse(JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null })) as Prisma.InputJsonValue,
    },
  });
}
