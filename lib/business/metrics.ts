// The business figures, computed from subscriptions grouped in SQL. Pure: the loader
// (business-queries.ts) counts subscriptions in the database, grouped by everything a figure
// depends on, and passes those few rows in; the per-subscription math lives here and is unit-tested.

export type StatusBucket = "active" | "trialing" | "past-due-in-grace" | "canceling";

/** Entitled subscriptions that share a plan, a dashboard bucket, a running discount, academic-ness and region. */
export interface SubscriptionGroup {
  planSlug: string;
  planName: string;
  interval: "month" | "year";
  /** The plan's list price in minor units (cents) per interval. */
  amount: number;
  bucket: StatusBucket;
  /** Percent off of a discount still running (null: none, or it has ended). */
  discountPercentOff: number | null;
  /** Paid with an academic code. */
  academic: boolean;
  /** The section ("region") of the article the readers subscribed from, if the paywall sent them. */
  region: string | null;
  count: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** What one subscription brings in per month, in cents: yearly plans count 1/12, a running discount applies. */
export function monthlyRevenue(sub: Pick<SubscriptionGroup, "interval" | "amount" | "discountPercentOff">): number {
  const perMonth = sub.interval === "year" ? sub.amount / 12 : sub.amount;
  return sub.discountPercentOff === null ? perMonth : perMonth * (1 - sub.discountPercentOff / 100);
}

/** Revenue counts for subscriptions that are paying: entitled and not in a free trial. */
const isPaying = (group: SubscriptionGroup) => group.bucket !== "trialing";
const groupRevenue = (group: SubscriptionGroup) => (isPaying(group) ? monthlyRevenue(group) * group.count : 0);

export function mrr(groups: SubscriptionGroup[]): number {
  return groups.reduce((sum, group) => sum + groupRevenue(group), 0);
}

export interface PlanRow {
  planSlug: string;
  planName: string;
  counts: Record<StatusBucket, number>;
  mrr: number;
}

export function byPlan(groups: SubscriptionGroup[]): PlanRow[] {
  const rows = new Map<string, PlanRow>();
  for (const group of groups) {
    const row = rows.get(group.planSlug) ?? {
      planSlug: group.planSlug,
      planName: group.planName,
      counts: { active: 0, trialing: 0, "past-due-in-grace": 0, canceling: 0 },
      mrr: 0,
    };
    row.counts[group.bucket] += group.count;
    row.mrr += groupRevenue(group);
    rows.set(group.planSlug, row);
  }
  return [...rows.values()].sort((a, b) => a.planSlug.localeCompare(b.planSlug));
}

/** Monday 00:00 UTC of the week containing `date`. */
export function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** The first day of the oldest of the `weeks` weeks shown, the current week last. */
export function firstWeek(now: Date, weeks = 12): Date {
  return new Date(weekStart(now).getTime() - (weeks - 1) * WEEK_MS);
}

export interface WeekRow {
  weekStart: Date;
  new: number;
  canceled: number;
  net: number;
}

/**
 * New, canceled and net subscriptions per week (Monday to Monday, UTC), oldest first, the current
 * week last, from the weeks that had movement (counted in SQL); quiet weeks show zeros.
 */
export function weekly(moved: Array<{ weekStart: Date; new: number; canceled: number }>, now: Date, weeks = 12): WeekRow[] {
  const first = firstWeek(now, weeks).getTime();
  return Array.from({ length: weeks }, (_, i) => {
    const start = first + i * WEEK_MS;
    const found = moved.find((m) => m.weekStart.getTime() === start);
    const row = { new: found?.new ?? 0, canceled: found?.canceled ?? 0 };
    return { weekStart: new Date(start), ...row, net: row.new - row.canceled };
  });
}

/**
 * Churn over a window: subscriptions that ended in it divided by those live at its start. Null
 * when nobody was subscribed at the start (no rate to speak of).
 */
export function churnRate({ atStart, ended }: { atStart: number; ended: number }): number | null {
  return atStart === 0 ? null : ended / atStart;
}

export interface AcademicFigures {
  codesIssued: number;
  codesRedeemed: number;
  activeStudents: number;
  /** Academic subscribers' share of MRR, 0..1 (null while there is no revenue). */
  revenueShare: number | null;
}

export function academicFigures(groups: SubscriptionGroup[], codes: { issued: number; redeemed: number }): AcademicFigures {
  const students = groups.filter((g) => g.academic);
  const total = mrr(groups);
  return {
    codesIssued: codes.issued,
    codesRedeemed: codes.redeemed,
    activeStudents: students.reduce((sum, g) => sum + g.count, 0),
    revenueShare: total > 0 ? mrr(students) / total : null,
  };
}

/** MRR by the region of the article each paying subscriber converted from, largest first. */
export function revenueByRegion(groups: SubscriptionGroup[]): Array<{ region: string; mrr: number; subscribers: number }> {
  const rows = new Map<string, { region: string; mrr: number; subscribers: number }>();
  for (const group of groups) {
    if (!group.region || !isPaying(group)) continue;
    const row = rows.get(group.region) ?? { region: group.region, mrr: 0, subscribers: 0 };
    row.mrr += groupRevenue(group);
    row.subscribers += group.count;
    rows.set(group.region, row);
  }
  return [...rows.values()].sort((a, b) => b.mrr - a.mrr);
}
