// The one place that decides who may read what, and what counts as "subscribed". Pages, feeds,
// transcripts, search, emails, jobs and API routes all ask here; nothing else compares access
// levels or lists subscription states. Pure: no database, no request.

export type AccessLevel = "FREE" | "REGISTERED" | "SUBSCRIBER";
export type Role = "READER" | "EDITOR" | "ADMIN";

/** Stripe's subscription statuses, as mirrored in our database. */
export type SubscriptionStatus =
  "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "canceled" | "unpaid" | "paused";

export interface SubscriptionSnapshot {
  status: SubscriptionStatus;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  /** When the subscription entered past_due; the grace period counts from here. */
  pastDueSince: Date | null;
}

export type Viewer = { kind: "anonymous" } | { kind: "user"; userId: string; role: Role; subscriptions: SubscriptionSnapshot[] };

export type DenialReason = "sign-in" | "subscribe";
export type AccessDecision = { allowed: true } | { allowed: false; reason: DenialReason };

export interface AccessPolicy {
  now: Date;
  /** Days a past_due subscriber keeps reading while Stripe retries the card. */
  pastDueGraceDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Statuses from which a subscription never bills or grants access again. */
export const ENDED_STATUSES = ["canceled", "incomplete_expired"] as const satisfies readonly SubscriptionStatus[];

/**
 * Statuses of a subscription that has not ended: it may still bill the reader, so a second
 * checkout must be refused while one exists.
 */
export const LIVE_STATUSES = [
  "incomplete",
  "trialing",
  "active",
  "past_due",
  "unpaid",
  "paused",
] as const satisfies readonly SubscriptionStatus[];

/** Statuses of a checkout that was never paid: such a subscription is neither new nor churned. */
export const NEVER_STARTED_STATUSES = ["incomplete", "incomplete_expired"] as const satisfies readonly SubscriptionStatus[];

/**
 * Statuses that can grant access (the exact answer, with grace periods and period ends, is
 * isSubscriptionEntitled); for database queries that pre-select candidates.
 */
export const ACCESS_STATUSES = ["active", "trialing", "past_due"] as const satisfies readonly SubscriptionStatus[];

export function isSubscriptionLive(sub: { status: SubscriptionStatus }): boolean {
  return (LIVE_STATUSES as readonly SubscriptionStatus[]).includes(sub.status);
}

/** The subscription a reader's account is about: the live one ending last. */
export function currentSubscription<T extends { status: SubscriptionStatus; currentPeriodEnd: Date }>(subscriptions: T[]): T | undefined {
  return subscriptions.filter(isSubscriptionLive).sort((a, b) => b.currentPeriodEnd.getTime() - a.currentPeriodEnd.getTime())[0];
}

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/**
 * The viewer for a known reader, for access decisions outside a request (feeds, emails, jobs,
 * search). Requests get theirs from lib/viewer.ts, which uses this too.
 */
export function toViewer(user: { id: string; role: Role; subscriptions: SubscriptionSnapshot[] } | null): Viewer {
  if (!user) return ANONYMOUS;
  return {
    kind: "user",
    userId: user.id,
    role: user.role,
    subscriptions: user.subscriptions.map(({ status, currentPeriodEnd, cancelAtPeriodEnd, pastDueSince }) => ({
      status,
      currentPeriodEnd,
      cancelAtPeriodEnd,
      pastDueSince,
    })),
  };
}

/** Whether this one subscription currently pays for subscriber content. */
export function isSubscriptionEntitled(sub: SubscriptionSnapshot, policy: AccessPolicy): boolean {
  switch (sub.status) {
    case "active":
    case "trialing":
      // Stripe keeps a cancel-at-period-end subscription active until the period ends, then
      // sends the deletion. If that event is late, stop at the period end ourselves.
      return !sub.cancelAtPeriodEnd || policy.now < sub.currentPeriodEnd;
    case "past_due": {
      // A failed renewal should not lock out a loyal reader at once: Stripe retries the card
      // for days, so the reader keeps access for a grace period while fixing payment.
      const since = sub.pastDueSince ?? sub.currentPeriodEnd;
      return policy.now.getTime() < since.getTime() + policy.pastDueGraceDays * DAY_MS;
    }
    default:
      return false;
  }
}

/**
 * isSubscriptionEntitled as a SQL condition on the subscription table `alias`, for aggregates
 * that must not load every subscription (the business view, the brief audience). Keep the two in
 * step: tests/integration/business/business-figures.test.ts checks them against each other.
 * The inlined values are a Date and a number, never user input.
 */
export function entitledSubscriptionSql(alias: string, policy: AccessPolicy): string {
  const now = `'${policy.now.toISOString()}'::timestamp`;
  const grace = `${Math.trunc(policy.pastDueGraceDays)} * interval '1 day'`;
  return `((${alias}."status" IN ('active', 'trialing') AND (NOT ${alias}."cancelAtPeriodEnd" OR ${now} < ${alias}."currentPeriodEnd"))
    OR (${alias}."status" = 'past_due' AND ${now} < COALESCE(${alias}."pastDueSince", ${alias}."currentPeriodEnd") + ${grace}))`;
}

export function hasActiveSubscription(viewer: Viewer, policy: AccessPolicy): boolean {
  return viewer.kind === "user" && viewer.subscriptions.some((s) => isSubscriptionEntitled(s, policy));
}

/** Whether the viewer's subscription is in its past_due grace period (show "fix payment"). */
export function isInPaymentGracePeriod(viewer: Viewer, policy: AccessPolicy): boolean {
  return viewer.kind === "user" && viewer.subscriptions.some((s) => s.status === "past_due" && isSubscriptionEntitled(s, policy));
}

/** Decides whether `viewer` may read an item at `access` level in full, or only its teaser. */
export function getAccess(viewer: Viewer, item: { access: AccessLevel }, policy: AccessPolicy): AccessDecision {
  if (item.access === "FREE") return { allowed: true };
  if (viewer.kind === "anonymous") {
    return { allowed: false, reason: item.access === "REGISTERED" ? "sign-in" : "subscribe" };
  }
  // Staff read everything: editors must be able to check what they publish.
  if (viewer.role === "EDITOR" || viewer.role === "ADMIN") return { allowed: true };
  if (item.access === "REGISTERED") return { allowed: true };
  return hasActiveSubscription(viewer, policy) ? { allowed: true } : { allowed: false, reason: "subscribe" };
}
