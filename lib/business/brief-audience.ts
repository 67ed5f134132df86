import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { entitledSubscriptionSql, type AccessPolicy } from "@/lib/entitlements";

// The Daily Brief's audience for the business view, counted in SQL from our own tables: who takes
// it (by the edition they get), what went out and what failed, and who stopped it.

const DAY_MS = 24 * 60 * 60 * 1000;
export const AUDIENCE_WINDOWS = [7, 30] as const;

export interface DeliveryCounts {
  sent: number;
  failed: number;
  /** Still queued or being sent (a local-time brief goes out over a day). */
  pending: number;
  /** Not sent because the reader unsubscribed before their turn. */
  canceled: number;
}

export interface BriefAudience {
  /** Readers opted in now, by the edition the access decision gives them (staff and subscribers: full). */
  optedIn: { full: number; free: number };
  lastBrief: ({ date: Date; releasedAt: Date } & DeliveryCounts) | null;
  /** Per window of days: deliveries of the briefs released in it, and readers who unsubscribed in it (and have not come back). */
  windows: Array<{ days: number; unsubscribed: number } & DeliveryCounts>;
}

const deliveryCounts = (where: Prisma.Sql) => db.$queryRaw<DeliveryCounts[]>`
  SELECT count(*) FILTER (WHERE d.status = 'sent')::int AS sent,
         count(*) FILTER (WHERE d.status = 'failed')::int AS failed,
         count(*) FILTER (WHERE d.status IN ('queued', 'sending'))::int AS pending,
         count(*) FILTER (WHERE d.status = 'canceled')::int AS canceled
  FROM "BriefDelivery" d JOIN "Brief" b ON b.id = d."briefId"
  WHERE ${where}`;

async function window(days: number, now: Date) {
  const since = new Date(now.getTime() - days * DAY_MS);
  const [[counts], unsubscribed] = await Promise.all([
    deliveryCounts(Prisma.sql`b."releasedAt" > ${since} AND b."releasedAt" <= ${now}`),
    db.briefPreference.count({ where: { enabled: false, unsubscribedAt: { gt: since, lte: now } } }),
  ]);
  return { days, unsubscribed, ...counts! };
}

export async function loadBriefAudience(policy: AccessPolicy): Promise<BriefAudience> {
  const [[optedIn], last, windows] = await Promise.all([
    db.$queryRaw<Array<{ full: number; free: number }>>`
      SELECT count(*) FILTER (WHERE full_edition)::int AS full, count(*) FILTER (WHERE NOT full_edition)::int AS free
      FROM (
        SELECT u.role IN ('EDITOR', 'ADMIN') OR EXISTS (
          SELECT 1 FROM "Subscription" s WHERE s."userId" = u.id AND ${Prisma.raw(entitledSubscriptionSql("s", policy))}
        ) AS full_edition
        FROM "BriefPreference" bp JOIN "User" u ON u.id = bp."userId"
        WHERE bp.enabled
      ) readers`,
    db.brief.findFirst({
      where: { releasedAt: { not: null, lte: policy.now } },
      orderBy: { releasedAt: "desc" },
      select: { id: true, date: true, releasedAt: true },
    }),
    Promise.all(AUDIENCE_WINDOWS.map((days) => window(days, policy.now))),
  ]);
  const lastCounts = last ? (await deliveryCounts(Prisma.sql`b.id = ${last.id}`))[0]! : null;
  return {
    optedIn: optedIn!,
    lastBrief: last && lastCounts ? { date: last.date, releasedAt: last.releasedAt!, ...lastCounts } : null,
    windows,
  };
}
