import type Stripe from "stripe";
import type { SubscriptionStatus } from "@/lib/entitlements";

// Pure mapping from a Stripe Subscription to our mirror row. Webhooks arrive late, twice and
// out of order, so we never derive state from the event sequence: every event makes us
// re-read the subscription from Stripe, and this function turns that snapshot into a row.

export interface SubscriptionRecord {
  status: SubscriptionStatus;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  pastDueSince: Date | null;
  priceId: string;
  stripeCustomerId: string;
  discountPercentOff: number | null;
  discountCode: string | null;
  discountEndsAt: Date | null;
  endedAt: Date | null;
  /** The article the reader subscribed from (set at checkout), for the business view's funnel. */
  sourceArticleId: string | null;
}

export interface PreviousRecord {
  status: SubscriptionStatus;
  pastDueSince: Date | null;
  stripeSyncedAt: Date;
}

/** Subscription metadata key carrying the article a checkout started from. */
export const SOURCE_ARTICLE_KEY = "fromArticle";

const fromUnix = (seconds: number) => new Date(seconds * 1000);
const idOf = (value: string | { id: string }) => (typeof value === "string" ? value : value.id);

function periodEnd(sub: Stripe.Subscription): Date {
  // Since API version 2025-03, billing periods live on the subscription items.
  const ends = sub.items.data.map((item) => item.current_period_end);
  return fromUnix(Math.max(...ends));
}

function firstDiscount(sub: Stripe.Subscription): Stripe.Discount | null {
  const discount = sub.discounts.find((d): d is Stripe.Discount => typeof d !== "string");
  return discount ?? null;
}

export function toSubscriptionRecord(sub: Stripe.Subscription, observedAt: Date, previous: PreviousRecord | null): SubscriptionRecord {
  const item = sub.items.data[0];
  if (!item) throw new Error(`Subscription ${sub.id} has no items`);
  const discount = firstDiscount(sub);
  const coupon = discount && typeof discount.source.coupon !== "string" ? discount.source.coupon : null;
  const promotionCode = discount?.promotion_code && typeof discount.promotion_code !== "string" ? discount.promotion_code.code : null;
  return {
    status: sub.status as SubscriptionStatus,
    currentPeriodEnd: periodEnd(sub),
    // Stripe may express "cancel at the end of the period" as cancel_at on the period end.
    cancelAtPeriodEnd: sub.cancel_at_period_end || (sub.cancel_at !== null && sub.status !== "canceled"),
    // The grace period counts from when the subscription first went past_due.
    pastDueSince:
      sub.status !== "past_due" ? null : previous?.status === "past_due" && previous.pastDueSince ? previous.pastDueSince : observedAt,
    priceId: idOf(item.price),
    stripeCustomerId: idOf(sub.customer),
    discountPercentOff: coupon?.percent_off ?? null,
    discountCode: promotionCode,
    discountEndsAt: discount?.end ? fromUnix(discount.end) : null,
    endedAt: sub.ended_at ? fromUnix(sub.ended_at) : null,
    sourceArticleId: sub.metadata?.[SOURCE_ARTICLE_KEY] || null,
  };
}

/** An older snapshot (e.g. from a slow concurrent webhook) must not overwrite a newer one. */
export function isNewerSnapshot(observedAt: Date, previous: PreviousRecord | null): boolean {
  return !previous || observedAt.getTime() >= previous.stripeSyncedAt.getTime();
}
