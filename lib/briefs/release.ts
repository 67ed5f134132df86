import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { getPublication } from "@/lib/publication";
import { loadBriefContent } from "./brief-content";
import { renderBriefEditions } from "./editions";
import { enqueueSenders } from "./senders";

// A scheduled brief whose send time has come is released: its email editions are rendered once
// and stored, it enters the archive, and one delivery row per reader who takes it at the
// publication's time is created in one INSERT … SELECT. Readers at their own 6 AM get theirs
// from lib/briefs/local-time.ts.

/** Queues the release's deliveries: every reader who opted in for the publication's time. */
function queuePublicationTimeDeliveries(tx: Prisma.TransactionClient, briefId: string, now: Date): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "BriefDelivery" ("briefId", "userId", "dueAt")
    SELECT ${briefId}, "userId", ${now} FROM "BriefPreference" WHERE enabled AND timing = 'PUBLICATION'
    ON CONFLICT ("briefId", "userId") DO NOTHING`;
}

/** Releases one brief if it is still scheduled, due and unchanged since it was rendered. */
async function releaseBrief(brief: { id: string; version: number }, now: Date): Promise<number | null> {
  const publication = await getPublication();
  const content = await loadBriefContent(brief.id, publication.url, now);
  if (!content) return null;
  const editions = await renderBriefEditions(content, publication);
  return db.$transaction(
    async (tx) => {
      // Two ticks at once, or an edit since we rendered: only the update that still matches wins.
      const { count } = await tx.brief.updateMany({
        where: { id: brief.id, version: brief.version, status: "SCHEDULED", sendAt: { lte: now } },
        data: { status: "SENDING", releasedAt: now, editions: editions as unknown as Prisma.InputJsonValue },
      });
      if (count === 0) return null;
      const queued = await queuePublicationTimeDeliveries(tx, brief.id, now);
      await enqueueSenders(tx);
      await notifyContentChanged(tx, { kind: "brief", id: brief.id });
      return queued;
    },
    // One row per reader in one statement: Prisma's default 5 s is too short for a large list
    // (20,000 rows took over 5 s on the loaded bench machine); the tick job expires after 5 min.
    { timeout: 4 * 60_000 },
  );
}

/** Releases every scheduled brief whose send time is at or before `now`; returns how many. */
export async function releaseDueBriefs(now: Date): Promise<number> {
  const due = await db.brief.findMany({
    where: { status: "SCHEDULED", sendAt: { lte: now } },
    select: { id: true, version: true },
    orderBy: { sendAt: "asc" },
  });
  let released = 0;
  for (const brief of due) if ((await releaseBrief(brief, now)) !== null) released += 1;
  return released;
}
