import "server-only";
import { db } from "@/lib/db";
import { LIVE_STATUSES } from "@/lib/entitlements";
import { getAccessPolicy } from "@/lib/viewer";
import { topConverting, type FunnelRow } from "./funnel";
import { academicFigures, byPlan, churnRate, mrr, revenueByRegion, weekly, type SubscriptionFact } from "./metrics";

// Everything the business dashboard shows, read from our own database: the subscription mirror
// (kept current by Stripe's webhooks and the nightly reconciliation), never Stripe itself.

const DAY_MS = 24 * 60 * 60 * 1000;
/** Far enough back for 12 weeks of movement and the 30-day churn window. */
const HISTORY_DAYS = 12 * 7 + 30;
export const FUNNEL_DAYS = 30;

async function subscriptionFacts(now: Date): Promise<SubscriptionFact[]> {
  const since = new Date(now.getTime() - HISTORY_DAYS * DAY_MS);
  const rows = await db.subscription.findMany({
    // Live subscriptions (however old: they make the MRR) and those that ended recently.
    where: { OR: [{ status: { in: [...LIVE_STATUSES] } }, { endedAt: { gte: since } }, { createdAt: { gte: since } }] },
    include: { plan: { select: { slug: true, name: true, interval: true, amount: true } } },
  });
  const codes = rows.flatMap((row) => (row.discountCode ? [row.discountCode] : []));
  const sources = rows.flatMap((row) => (row.sourceArticleId ? [row.sourceArticleId] : []));
  const [academic, articles] = await Promise.all([
    db.discountCode.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    db.article.findMany({ where: { id: { in: sources } }, select: { id: true, section: { select: { label: true } } } }),
  ]);
  const academicCodes = new Set(academic.map((c) => c.code));
  const regions = new Map(articles.map((a) => [a.id, a.section.label]));
  return rows.map((row) => ({
    ...row,
    planSlug: row.plan.slug,
    planName: row.plan.name,
    interval: row.plan.interval,
    amount: row.plan.amount,
    academic: row.discountCode !== null && academicCodes.has(row.discountCode),
    region: row.sourceArticleId ? (regions.get(row.sourceArticleId) ?? null) : null,
  }));
}

async function funnelRows(now: Date): Promise<FunnelRow[]> {
  const since = new Date(now.getTime() - FUNNEL_DAYS * DAY_MS);
  const [counts, conversions] = await Promise.all([
    db.paywallFunnelDay.groupBy({
      by: ["articleId"],
      where: { day: { gte: since } },
      _sum: { impressions: true, pricingClicks: true, checkoutStarts: true },
    }),
    db.subscription.groupBy({
      by: ["sourceArticleId"],
      where: { sourceArticleId: { not: null }, createdAt: { gte: since }, status: { notIn: ["incomplete", "incomplete_expired"] } },
      _count: { _all: true },
    }),
  ]);
  const ids = [...new Set([...counts.map((c) => c.articleId), ...conversions.map((c) => c.sourceArticleId!)])];
  const titles = new Map(
    (await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((a) => [a.id, a.title]),
  );
  return ids
    .filter((id) => titles.has(id))
    .map((id) => {
      const sums = counts.find((c) => c.articleId === id)?._sum;
      return {
        articleId: id,
        title: titles.get(id)!,
        impressions: sums?.impressions ?? 0,
        pricingClicks: sums?.pricingClicks ?? 0,
        checkoutStarts: sums?.checkoutStarts ?? 0,
        subscriptions: conversions.find((c) => c.sourceArticleId === id)?._count._all ?? 0,
      };
    });
}

export async function loadBusiness(now = new Date()) {
  const policy = getAccessPolicy(now);
  const [subs, issued, redeemed, funnel, plan, reconciliation] = await Promise.all([
    subscriptionFacts(now),
    db.discountCode.count(),
    db.discountCode.count({ where: { status: "redeemed" } }),
    funnelRows(now),
    db.plan.findFirst({ select: { currency: true } }),
    db.reconciliationRun.findFirst({ where: { finishedAt: { not: null } }, orderBy: { startedAt: "desc" } }),
  ]);
  const monthly = mrr(subs, policy);
  return {
    now,
    currency: plan?.currency ?? "usd",
    mrr: monthly,
    arr: monthly * 12,
    plans: byPlan(subs, policy),
    weeks: weekly(subs, now),
    churn: churnRate(subs, now),
    academic: academicFigures(subs, { issued, redeemed }, policy),
    regions: revenueByRegion(subs, policy),
    funnel: funnel.sort((a, b) => b.impressions - a.impressions).slice(0, 20),
    topConverting: topConverting(funnel),
    reconciliation,
  };
}

export type BusinessFigures = Awaited<ReturnType<typeof loadBusiness>>;
