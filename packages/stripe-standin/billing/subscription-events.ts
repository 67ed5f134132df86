import type Stripe from "stripe";
import { toSubscription } from "../objects/subscription";
import type { Runtime } from "../state/runtime";
import type { SubscriptionRecord } from "../state/types";

/** Snapshot before a change, so `previous_attributes` can list what the change touched. */
export function snapshot(rt: Runtime, sub: SubscriptionRecord): Stripe.Subscription {
  return toSubscription(rt, sub);
}

/** Top-level keys whose value changed, with their old values (Stripe's `previous_attributes`). */
export function previousAttributes(before: Stripe.Subscription, after: Stripe.Subscription): Partial<Stripe.Subscription> {
  const prev: Partial<Stripe.Subscription> = {};
  for (const key of Object.keys(before) as (keyof Stripe.Subscription)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(prev, { [key]: before[key] });
  }
  return prev;
}

/** Emits `customer.subscription.updated` if anything changed since `before`. */
export function emitSubscriptionUpdated(rt: Runtime, sub: SubscriptionRecord, before: Stripe.Subscription): void {
  const after = toSubscription(rt, sub);
  const prev = previousAttributes(before, after);
  if (Object.keys(prev).length === 0) return;
  rt.emit("customer.subscription.updated", after, prev);
}

/** Ends a subscription now (immediate cancel, end of a cancel-at-period-end, or failed retries). */
export function endSubscription(
  rt: Runtime,
  sub: SubscriptionRecord,
  reason: "cancellation_requested" | "payment_failed",
  at: number,
  comment?: string,
): void {
  sub.status = "canceled";
  sub.endedAt = at;
  sub.canceledAt = sub.canceledAt ?? at;
  sub.cancellationReason = reason;
  if (comment !== undefined) sub.cancellationComment = comment || null;
  sub.nextRetryAt = null;
  rt.emit("customer.subscription.deleted", toSubscription(rt, sub));
}
