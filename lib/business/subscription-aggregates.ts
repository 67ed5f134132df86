import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { entitledSubscriptionSql, NEVER_STARTED_STATUSES, type AccessPolicy } from "@/lib/entitlements";
import { firstWeek, type SubscriptionGroup } from "./metrics";

// The subscription figures counted by PostgreSQL, so the dashboard reads a few grouped rows
// however many subscribers there are (tests/integration/business/business-figures.test.ts runs
// it over 100,000). metrics.ts does the arithmetic on the groups.

const DAY_MS = 24 * 60 * 60 * 1000;
const neverStarted = Prisma.raw(NEVER_STARTED_STATUSES.map((s) => `'${s}'`).join(", "));

/** Entitled subscriptions grouped by plan, dashboard bucket, running discount, academic code and region. */
export async function subscriptionGroups(policy: AccessPolicy): Promise<SubscriptionGroup[]> {
  // The bucket order follows the access decision: in grace beats canceling beats trialing.
  return db.$queryRaw<SubscriptionGroup[]>`
    SELECT p.slug AS "planSlug", p.name AS "planName", p.interval::text AS interval, p.amount,
      CASE WHEN s.status = 'past_due' THEN 'past-due-in-grace'
           WHEN s."cancelAtPeriodEnd" THEN 'canceling'
           WHEN s.status = 'trialing' THEN 'trialing'
           ELSE 'active' END AS bucket,
      CASE WHEN s."discountEndsAt" IS NULL OR s."discountEndsAt" > ${policy.now} THEN s."discountPercentOff" END AS "discountPercentOff",
      (dc.code IS NOT NULL) AS academic,
      sec.label AS region,
      count(*)::int AS count
    FROM "Subscription" s
    JOIN "Plan" p ON p.id = s."planId"
    LEFT JOIN "DiscountCode" dc ON dc.code = s."discountCode"
    LEFT JOIN "Article" a ON a.id = s."sourceArticleId"
    LEFT JOIN "Section" sec ON sec.id = a."sectionId"
    WHERE ${Prisma.raw(entitledSubscriptionSql("s", policy))}
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
}

/** Subscriptions started and ended per week (Monday, UTC) since the first week shown. */
export async function weeklyMovement(now: Date): Promise<Array<{ weekStart: Date; new: number; canceled: number }>> {
  const since = firstWeek(now);
  // "createdAt"/"endedAt" are UTC timestamps, so date_trunc('week') gives Monday 00:00 UTC.
  return db.$queryRaw`
    SELECT week AS "weekStart", sum(started)::int AS new, sum(ended)::int AS canceled FROM (
      SELECT date_trunc('week', "createdAt") AS week, 1 AS started, 0 AS ended FROM "Subscription"
        WHERE status NOT IN (${neverStarted}) AND "createdAt" >= ${since}
      UNION ALL
      SELECT date_trunc('week', "endedAt"), 0, 1 FROM "Subscription"
        WHERE status NOT IN (${neverStarted}) AND "endedAt" >= ${since}
    ) moved GROUP BY week`;
}

/** For the churn rate over `days` before `now`: subscriptions live at the window's start, and those of them that ended in it. */
export async function churnCounts(now: Date, days = 30): Promise<{ atStart: number; ended: number }> {
  const start = new Date(now.getTime() - days * DAY_MS);
  const [row] = await db.$queryRaw<Array<{ atStart: number; ended: number }>>`
    SELECT count(*) FILTER (WHERE "endedAt" IS NULL OR "endedAt" > ${start})::int AS "atStart",
           count(*) FILTER (WHERE "endedAt" > ${start} AND "endedAt" <= ${now})::int AS ended
    FROM "Subscription"
    WHERE status NOT IN (${neverStarted}) AND "createdAt" <= ${start}`;
  return row ?? { atStart: 0, ended: 0 };
}
