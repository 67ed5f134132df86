import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBusiness, type BusinessFigures } from "@/lib/business/load-business";
import { weekStart } from "@/lib/business/metrics";
import { churnCounts } from "@/lib/business/subscription-aggregates";
import { db } from "@/lib/db";
import { entitledSubscriptionSql, isSubscriptionEntitled } from "@/lib/entitlements";
import { getAccessPolicy } from "@/lib/viewer";

// The dashboard's figures are counted by PostgreSQL: 100,000 generated subscriptions, ten kinds
// of 10,000 each, give known figures while the loader's memory stays flat. The database is shared
// with other test files, so figures are compared with a baseline taken before the insert.

const COUNT = 100_000;
const KIND = COUNT / 10;
const TAG = `bulk${Date.now()}`;
const DAY = "interval '1 day'";
const now = new Date();
let before: BusinessFigures;
let churnBefore: { atStart: number; ended: number };

// n % 10 → status, plan, dates, discount, for the ten kinds the expectations below name.
const KINDS = `
  CASE n % 10 WHEN 3 THEN 'active' WHEN 4 THEN 'past_due' WHEN 5 THEN 'past_due' WHEN 6 THEN 'trialing'
    WHEN 7 THEN 'canceled' WHEN 8 THEN 'incomplete' ELSE 'active' END::"SubscriptionStatus",
  CASE WHEN n % 10 = 1 THEN yearly.id ELSE monthly.id END,
  CASE WHEN n % 10 = 3 THEN now - ${DAY} ELSE now + 20 * ${DAY} END,
  n % 10 IN (2, 3),
  CASE n % 10 WHEN 4 THEN now - 2 * ${DAY} WHEN 5 THEN now - 30 * ${DAY} END,
  CASE n % 10 WHEN 1 THEN 50 WHEN 9 THEN 25 END,
  CASE WHEN n % 10 = 1 THEN code.code END,
  CASE WHEN n % 10 = 9 THEN now - ${DAY} END,
  CASE WHEN n % 10 = 7 THEN now - 3 * ${DAY} END,
  CASE WHEN n % 10 = 9 THEN article.id END,
  CASE WHEN n % 10 = 6 THEN now - interval '1 minute' ELSE now - 100 * ${DAY} END`;

beforeAll(async () => {
  before = await loadBusiness(now);
  churnBefore = await churnCounts(now);
  const monthly = await db.plan.create({ data: { slug: `${TAG}-m`, name: "Bulk monthly", interval: "month", amount: 1200 } });
  const yearly = await db.plan.create({ data: { slug: `${TAG}-y`, name: "Bulk yearly", interval: "year", amount: 12000 } });
  const section = await db.section.create({ data: { slug: TAG, label: `Region ${TAG}`, position: 950 } });
  const article = await db.article.create({ data: { slug: TAG, title: "Converting", dek: "", body: "", sectionId: section.id } });
  const holder = await db.user.create({ data: { email: `holder@${TAG}.example` } });
  await db.discountCode.create({
    data: { userId: holder.id, code: `ACAD-${TAG}`, email: holder.email, domain: "uni.example", expiresAt: new Date(now.getTime() + 1e10) },
  });
  await db.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, "updatedAt") SELECT '${TAG}u' || n, n || '@${TAG}.example', now() FROM generate_series(1, ${COUNT}) n`);
  await db.$executeRaw`
    INSERT INTO "Subscription" (id, "userId", "stripeSubscriptionId", "stripeCustomerId", "updatedAt", status, "planId",
      "currentPeriodEnd", "cancelAtPeriodEnd", "pastDueSince", "discountPercentOff", "discountCode", "discountEndsAt",
      "endedAt", "sourceArticleId", "createdAt")
    SELECT ${TAG} || 's' || n, ${TAG} || 'u' || n, ${TAG} || 'sub' || n, ${TAG} || 'cus' || n, now, ${Prisma.raw(KINDS)}
    FROM generate_series(1, ${COUNT}) n, (SELECT ${now}::timestamp AS now) t,
      (SELECT id FROM "Plan" WHERE id = ${monthly.id}) monthly, (SELECT id FROM "Plan" WHERE id = ${yearly.id}) yearly,
      (SELECT code FROM "DiscountCode" WHERE code = ${`ACAD-${TAG}`}) code, (SELECT id FROM "Article" WHERE id = ${article.id}) article`;
}, 120_000);

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: `@${TAG}.example` } } });
  await db.article.deleteMany({ where: { slug: TAG } });
  await db.section.deleteMany({ where: { slug: TAG } });
  await db.plan.deleteMany({ where: { slug: { startsWith: TAG } } });
  await db.$disconnect();
});

describe("business figures over 100,000 subscriptions", () => {
  it("decides entitlement in SQL exactly as lib/entitlements.ts does", async () => {
    const policy = getAccessPolicy(now);
    const rows = await db.$queryRaw<Array<Parameters<typeof isSubscriptionEntitled>[0] & { entitled: boolean }>>`
      SELECT s.status::text AS status, s."currentPeriodEnd", s."cancelAtPeriodEnd", s."pastDueSince",
        ${Prisma.raw(entitledSubscriptionSql("s", policy))} AS entitled
      FROM "Subscription" s WHERE s.id IN (${Prisma.join(Array.from({ length: 10 }, (_, n) => `${TAG}s${n + 1}`))})`;
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row.entitled, row.status).toBe(isSubscriptionEntitled(row, policy));
  });

  it("counts plans, MRR, academic share, regions, movement and churn, in bounded memory", async () => {
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = performance.now();
    const after = await loadBusiness(now);
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const growthMb = (peak - baseline) / 1024 / 1024;
    console.log(`Business figures over ${COUNT} subscriptions: ${ms.toFixed(0)} ms, peak RSS +${growthMb.toFixed(0)} MB`);

    const plan = (slug: string) => after.plans.find((p) => p.planSlug === slug);
    // Kinds 0 and 9 active (9's discount has ended), 2 canceling, 4 past due in grace, 6 trialing;
    // 3 (canceled period over), 5 (beyond grace), 7 (canceled), 8 (incomplete) don't count.
    expect(plan(`${TAG}-m`)?.counts).toEqual({ active: 2 * KIND, trialing: KIND, "past-due-in-grace": KIND, canceling: KIND });
    expect(plan(`${TAG}-y`)?.counts).toEqual({ active: KIND, trialing: 0, "past-due-in-grace": 0, canceling: 0 });
    // Monthly 1200 × 4 paying kinds; yearly 12000/12 at 50% off.
    const bulkMrr = 4 * KIND * 1200 + KIND * 500;
    expect(after.mrr - before.mrr).toBeCloseTo(bulkMrr, 3);
    expect(plan(`${TAG}-y`)?.mrr).toBeCloseTo(KIND * 500, 3);
    expect(after.academic.activeStudents - before.academic.activeStudents).toBe(KIND);
    expect(after.regions.find((r) => r.region === `Region ${TAG}`)).toEqual({
      region: `Region ${TAG}`,
      mrr: KIND * 1200,
      subscribers: KIND,
    });

    const thisWeek = after.weeks.at(-1)!;
    expect(thisWeek.new - before.weeks.at(-1)!.new).toBe(KIND);
    const endedWeek = after.weeks.findIndex((w) => w.weekStart.getTime() === weekStart(new Date(now.getTime() - 3 * 864e5)).getTime());
    expect(after.weeks[endedWeek]!.canceled - before.weeks[endedWeek]!.canceled).toBe(KIND);
    // Live 30 days ago: every kind but 6 (joined since) and 8 (never paid); kind 7 ended since.
    const atStart = churnBefore.atStart + 8 * KIND;
    expect(after.churn).toBeCloseTo((churnBefore.ended + KIND) / atStart, 6);

    expect(growthMb).toBeLessThan(40);
  }, 120_000);
});
