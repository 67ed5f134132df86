import "server-only";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { db } from "@/lib/db";
import { recordArticleAudit } from "./article-audit";
import { isPublishDue } from "./publication-transition";

// The schedule's job: at an article's scheduled time, publish it. Safe to run twice, late, or
// after the plan changed: it publishes only an article still scheduled for exactly the job's
// time (isPublishDue), and the write is conditional on the version it read, so an editor's
// save in between wins and the job re-reads.

export interface PublishDuePayload {
  kind: "article";
  id: string;
  /** The scheduled time this job was enqueued for (ISO 8601). */
  scheduledFor: string;
}

export type PublishDueResult = "published" | "not-due" | "missing";

export async function publishDueArticle({ id, scheduledFor }: PublishDuePayload): Promise<PublishDueResult> {
  const jobTime = new Date(scheduledFor);
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await db.article.findUnique({ where: { id }, select: { status: true, scheduledFor: true, version: true } });
    if (!row) return "missing";
    if (!isPublishDue(row, jobTime)) return "not-due";
    const published = await db.$transaction(async (tx) => {
      const { count } = await tx.article.updateMany({
        where: { id, version: row.version },
        // Live from the time it was scheduled for, even when the worker runs late.
        data: { status: "PUBLISHED", publishedAt: jobTime, scheduledFor: null, version: row.version + 1, updatedById: null },
      });
      if (count === 0) return false;
      await notifyContentChanged(tx, { kind: "article", id });
      await recordArticleAudit(tx, {
        actorId: null,
        action: "article.published-on-schedule",
        articleId: id,
        after: { publishedAt: jobTime },
      });
      return true;
    });
    if (published) return "published";
  }
  throw new Error(`Article ${id} kept changing while its schedule tried to publish it; the job will retry.`);
}
