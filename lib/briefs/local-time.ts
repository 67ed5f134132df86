import "server-only";
import { db } from "@/lib/db";
import { localSlot } from "./local-time-slot";
import { enqueueSenders } from "./senders";

// Readers who take the brief at their own 6 AM. At that moment they get the newest brief released
// since their previous 6 AM (a brief released after their 6 AM waits for their next one, when a
// newer brief may have replaced it: the brief is about the day, not a backlog). A brief they
// already received (say they switched from the publication's time today) is not sent again:
// the delivery's unique pair refuses it, and that morning brings nothing new. A worker that was
// down for days sends only the newest brief, once.

async function queueZone(zone: string, now: Date): Promise<number> {
  const slot = localSlot(now, zone);
  const brief = await db.brief.findFirst({
    where: { releasedAt: { gt: slot.windowStart, lte: now } },
    orderBy: { releasedAt: "desc" },
    select: { id: true },
  });
  return db.$transaction(async (tx) => {
    // Moving the readers' next 6 AM and queueing their delivery is one statement: a second tick
    // at the same time waits for these rows, then finds them no longer due.
    const queued = brief
      ? await tx.$executeRaw`
          WITH due AS (
            UPDATE "BriefPreference" SET "nextLocalSendAt" = ${slot.next}, "updatedAt" = ${now}
            WHERE timing = 'LOCAL' AND enabled AND "timeZone" = ${zone} AND "nextLocalSendAt" <= ${now}
            RETURNING "userId"
          )
          INSERT INTO "BriefDelivery" ("briefId", "userId", "dueAt")
          SELECT ${brief.id}, "userId", ${now} FROM due
          ON CONFLICT ("briefId", "userId") DO NOTHING`
      : await tx.$executeRaw`
          UPDATE "BriefPreference" SET "nextLocalSendAt" = ${slot.next}, "updatedAt" = ${now}
          WHERE timing = 'LOCAL' AND enabled AND "timeZone" = ${zone} AND "nextLocalSendAt" <= ${now}`;
    if (brief && queued > 0) await enqueueSenders(tx);
    return brief ? queued : 0;
  });
}

/** Queues the brief for every reader whose own 6 AM has come; returns how many deliveries. */
export async function queueLocalTimeDeliveries(now: Date): Promise<number> {
  const zones = await db.briefPreference.findMany({
    where: { timing: "LOCAL", enabled: true, nextLocalSendAt: { lte: now } },
    distinct: ["timeZone"],
    select: { timeZone: true },
  });
  let queued = 0;
  for (const { timeZone } of zones) {
    if (!timeZone) continue;
    // Zones are validated when readers save them; one the time-zone database later drops must
    // not hold up everyone else's brief.
    queued += await queueZone(timeZone, now).catch((error: unknown) => {
      console.error(`[briefs] readers in ${timeZone} skipped:`, error);
      return 0;
    });
  }
  return queued;
}
