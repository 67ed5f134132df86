import { isSubscriptionEntitled, type AccessPolicy, type SubscriptionSnapshot } from "@/lib/entitlements";

// The business figures, computed from mirrored subscriptions. Pure: the loader
// (load-business.ts) reads the database and passes plain facts in, so every figure is unit-tested.

export interface SubscriptionFact extends SubscriptionSnapshot {
  planSlug: string;
  planName: string;
  interval: "month" | "year";
  /** The plan's list price in minor units (cents) per interval. */
  amount: number;
  discountPercentOff: number | null;
  discountEndsAt: Date | null;
  createdAt: Date;
  /** When Stripe ended the subscription (canceled or expired); null while it lives. */
  endedAt: Date | null;
  /** Paid with an academic code. */
  academic: boolean;
  /** The section ("region") of the article the reader subscribed from, if the paywall sent them. */
  region: string | null;
}

export type StatusBucket = "active" | "trialing" | "past-due-in-grace" | "canceling";

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** What a subscription brings in per month, in cents: yearly plans count 1/12, a running discount applies. */
export function monthlyRevenue(sub: SubscriptionFact, now: Date): number {
  const perMonth = sub.interval === "year" ? sub.amount / 12 : sub.amount;
  const discounted = sub.discountPercentOff !== null && (sub.discountEndsAt === null || sub.discountEndsAt > now);
  return discounted ? perMonth * (1 - sub.discountPercentOff! / 100) : perMonth;
}

/**
 * Which dashboard bucket a subscription is in, or null if it does not currently count (ended,
 * incomplete, past due beyond its grace period). The access decision is lib/entitlements.ts's.
 */
export function statusBucket(sub: SubscriptionFact, policy: AccessPolicy): StatusBucket | null {
  if (!isSubscriptionEntitled(sub, policy)) return null;
  if (sub.status === "past_due") return "past-due-in-grace";
  if (sub.cancelAtPeriodEnd) return "canceling";
  return sub.status === "trialing" ? "trialing" : "active";
}

/** Revenue counts for subscriptions that are paying: entitled and not in a free trial. */
function isPaying(sub: SubscriptionFact, policy: AccessPolicy): boolean {
  const bucket = statusBucket(sub, policy);
  return bucket !== null && bucket !== "trialing";
}

export function mrr(subs: SubscriptionFact[], policy: AccessPolicy): number {
  return subs.filter((s) => isPaying(s, policy)).reduce((sum, s) => sum + monthlyRevenue(s, policy.now), 0);
}

export interface PlanRow {
  planSlug: string;
  planName: string;
  counts: Record<StatusBucket, number>;
  mrr: number;
}

export function byPlan(subs: SubscriptionFact[], policy: AccessPolicy): PlanRow[] {
  const rows = new Map<string, PlanRow>();
  for (const sub of subs) {
    const bucket = statusBucket(sub, policy);
    if (!bucket) continue;
    const row = rows.get(sub.planSlug) ?? {
      planSlug: sub.planSlug,
      planName: sub.planName,
      counts: { active: 0, trialing: 0, "past-due-in-grace": 0, canceling: 0 },
      mrr: 0,
    };
    row.counts[bucket] += 1;
    if (bucket !== "trialing") row.mrr += monthlyRevenue(sub, policy.now);
    rows.set(sub.planSlug, row);
  }
  return [...rows.values()].sort((a, b) => a.planSlug.localeCompare(b.planSlug));
}

/** A subscription that never got paid (incomplete checkout) is neither new nor churned. */
const everStarted = (sub: SubscriptionFact) => sub.status !== "incomplete" && sub.status !== "incomplete_expired";

/** Monday 00:00 UTC of the week containing `date`. */
export function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

export interface WeekRow {
  weekStart: Date;
  new: number;
  canceled: number;
  net: number;
}

/** New, canceled and net subscriptions per week (Monday to Monday, UTC), oldest first, the current week last. */
export function weekly(subs: SubscriptionFact[], now: Date, weeks = 12): WeekRow[] {
  const first = weekStart(now).getTime() - (weeks - 1) * WEEK_MS;
  const rows: WeekRow[] = Array.from({ length: weeks }, (_, i) => ({
    weekStart: new Date(first + i * WEEK_MS),
    new: 0,
    canceled: 0,
    net: 0,
  }));
  const indexOf = (date: Date) => Math.floor((date.getTime() - first) / WEEK_MS);
  for (const sub of subs.filter(everStarted)) {
    const started = indexOf(sub.createdAt);
    if (started >= 0 && started < weeks) rows[started]!.new += 1;
    const ended = sub.endedAt ? indexOf(sub.endedAt) : -1;
    if (ended >= 0 && ended < weeks) rows[ended]!.canceled += 1;
  }
  for (const row of rows) row.net = row.new - row.canceled;
  return rows;
}

/**
 * Churn over the `days` before `now`: subscriptions that ended in the window divided by those
 * live at its start. Null when nobody was subscribed at the start (no rate to speak of).
 */
export function churnRate(subs: SubscriptionFact[], now: Date, days = 30): number | null {
  const start = new Date(now.getTime() - days * DAY_MS);
  const started = subs.filter((s) => everStarted(s) && s.createdAt <= start);
  const atStart = started.filter((s) => !s.endedAt || s.endedAt > start);
  if (atStart.length === 0) return null;
  const ended = atStart.filter((s) => s.endedAt && s.endedAt <= now).length;
  return ended / atStart.length;
}

export interface AcademicFigures {
  codesIssued: number;
  codesRedeemed: number;
  activeStudents: number;
  /** Academic subscribers' share of MRR, 0..1 (null while there is no revenue). */
  revenueShare: number | null;
}

export function academicFigures(
  subs: SubscriptionFact[],
  codes: { issued: number; redeemed: number },
  policy: AccessPolicy,
): AcademicFigures {
  const students = subs.filter((s) => s.academic && statusBucket(s, policy) !== null);
  const total = mrr(subs, policy);
  return {
    codesIssued: codes.issued,
    codesRedeemed: codes.redeemed,
    activeStudents: students.length,
    revenueShare: total > 0 ? mrr(students, policy) / total : null,
  };
}

/** MRR by the region of the article each paying subscriber converted from, largest first. */
export function revenueByRegion(
  subs: SubscriptionFact[],
  policy: AccessPolicy,
): Array<{ region: string; mrr: number; subscribers: number }> {
  const rows = new Map<string, { region: string; mrr: number; subscribers: number }>();
  for (const sub of subs) {
    if (!sub.region || !isPaying(sub, policy)) continue;
    const row = rows.get(sub.region) ?? { region: sub.region, mrr: 0, subscribers: 0 };
    row.mrr += monthlyRevenue(sub, policy.now);
    row.subscribers += 1;
    rows.set(sub.region, row);
  }
  return [...rows.values()].sort((a, b) => b.mrr - a.mrr);
}
