// The one place that decides who may read what. Pages, feeds, transcripts, search, emails and
// API routes all call getAccess(); nothing else compares access levels or subscription states.

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

export const ANONYMOUS: Viewer = { kind: "anonymous" };

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
