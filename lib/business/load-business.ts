import "server-only";
import { db } from "@/lib/db";
import { NEVER_STARTED_STATUSES } from "@/lib/entitlements";
import { getAccessPolicy } from "@/lib/viewer";
import { topConverting, type FunnelRow } from "./funnel";
import { loadBriefAudience } from "./brief-audience";
import { academicFigures, byPlan, churnRate, mrr, revenueByRegion, weekly } from "./metrics";
import { churnCounts, subscriptionGroups, weeklyMovement } from "./subscription-aggregates";

// Everything the business dashboard shows, read from our own database: the subscription mirror
// (kept current by Stripe's webhooks and the nightly reconciliation), never Stripe itself.

const DAY_MS = 24 * 60 * 60 * 1000;
export const FUNNEL_DAYS = 30;

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
      where: { sourceArticleId: { not: null }, createdAt: { gte: since }, status: { notIn: [...NEVER_STARTED_STATUSES] } },
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
  const [groups, moved, churn, issued, redeemed, funnel, plan, reconciliation, brief] = await Promise.all([
    subscriptionGroups(policy),
    weeklyMovement(now),
    churnCounts(now),
    db.discountCode.count(),
    db.discountCode.count({ where: { status: "redeemed" } }),
    funnelRows(now),
    db.plan.findFirst({ select: { currency: true } }),
    db.reconciliationRun.findFirst({ where: { finishedAt: { not: null } }, orderBy: { startedAt: "desc" } }),
    loadBriefAudience(policy),
  ]);
  const monthly = mrr(groups);
  return {
    now,
    currency: plan?.currency ?? "usd",
    mrr: monthly,
    arr: monthly * 12,
    plans: byPlan(groups),
    weeks: weekly(moved, now),
    churn: churnRate(churn),
    academic: academicFigures(groups, { issued, redeemed }),
    regions: revenueByRegion(groups),
    funnel: funnel.sort((a, b) => b.impressions - a.impressions).slice(0, 20),
    topConverting: topConverting(funnel),
    reconciliation,
    brief,
  };
}

export type BusinessFigures = Awaited<ReturnType<typeof loadBusiness>>;
