import "server-only";
import type { Prisma } from "@prisma/client";
import { auditSubject, recordAudit, type AuditValues } from "@/lib/audit/audit-log";

// The audit log's record of editorial actions on articles (who, what, when, before/after),
// written through the one audit writer in the transaction of the change.

export type ArticleAuditAction =
  | "article.publish"
  | "article.schedule"
  | "article.unschedule"
  | "article.unpublish"
  | "article.edit-live"
  | "article.restore"
  | "article.delete"
  | "article.published-on-schedule";

/** Dates and other values as the JSON they are stored as. */
const asJson = (values: Record<string, unknown> | null | undefined) =>
  values == null ? undefined : (JSON.parse(JSON.stringify(values)) as AuditValues);

export async function recordArticleAudit(
  tx: Prisma.TransactionClient,
  entry: {
    actorId: string | null;
    action: ArticleAuditAction;
    articleId: string;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
): Promise<void> {
  await recordAudit(tx, {
    actorId: entry.actorId,
    action: entry.action,
    subject: auditSubject("article", entry.articleId),
    before: asJson(entry.before),
    after: asJson(entry.after),
  });
}
