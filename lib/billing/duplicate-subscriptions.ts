import "server-only";
import type Stripe from "stripe";
import { isSubscriptionLive, type SubscriptionStatus } from "@/lib/entitlements";
import { idOf } from "./stripe";

// The safety net behind the checkout rules (checkout.ts): a reader must never pay for two
// subscriptions. Should Stripe ever show one customer with two live subscriptions (a race we
// did not foresee, a subscription made in the dashboard), the oldest stays and the others are
// canceled at once and refunded in full.

/** Written on the cancellations made here, so later syncs (and people in the dashboard) can tell. */
export const DUPLICATE_CANCELLATION_COMMENT = "Dispatch: second subscription for one reader, canceled and refunded";

const isLive = (sub: Stripe.Subscription) => isSubscriptionLive({ status: sub.status as SubscriptionStatus });

/**
 * The order in which live subscriptions have the right to stay: the oldest first. Stripe's
 * timestamps have one-second resolution, so within one second a subscription made through our
 * checkout (it carries the reader's id) goes before one made elsewhere, then the lower id. Only
 * Stripe's data decides, so concurrent syncs always agree on which one stays.
 */
export function byRightToStay(a: Stripe.Subscription, b: Stripe.Subscription): number {
  const madeElsewhere = (sub: Stripe.Subscription) => (sub.metadata?.userId ? 0 : 1);
  return a.created - b.created || madeElsewhere(a) - madeElsewhere(b) || a.id.localeCompare(b.id);
}

export function isDuplicateCancellation(sub: Stripe.Subscription): boolean {
  return sub.status === "canceled" && sub.cancellation_details?.comment === DUPLICATE_CANCELLATION_COMMENT;
}

/**
 * Cancels every live subscription of `sub`'s customer but the first by `byRightToStay`. Returns the ids it
 * canceled, and whether `sub` was outdated (no longer live by the time the list was read, e.g.
 * canceled by a concurrent run of this). Repeating it (two webhooks at once) is harmless: the
 * idempotency key makes Stripe answer the second cancellation with the first one's result.
 */
export async function cancelDuplicates(stripe: Stripe, sub: Stripe.Subscription): Promise<{ canceled: string[]; outdated: boolean }> {
  if (!isLive(sub)) return { canceled: [], outdated: false };
  const live: Stripe.Subscription[] = [];
  for await (const other of stripe.subscriptions.list({ customer: idOf(sub.customer), limit: 100 })) {
    if (isLive(other)) live.push(other);
  }
  const outdated = !live.some((other) => other.id === sub.id);
  if (live.length < 2) return { canceled: [], outdated };
  const [, ...newer] = live.sort(byRightToStay);
  for (const duplicate of newer) {
    await stripe.subscriptions.cancel(
      duplicate.id,
      { cancellation_details: { comment: DUPLICATE_CANCELLATION_COMMENT } },
      { idempotencyKey: `dispatch-duplicate-cancel-${duplicate.id}` },
    );
  }
  return { canceled: newer.map((duplicate) => duplicate.id), outdated };
}

/**
 * Refunds every payment made for a subscription canceled as a duplicate, and returns how much
 * that was. Safe to repeat: a payment already refunded is skipped.
 */
export async function refundDuplicate(stripe: Stripe, sub: Stripe.Subscription): Promise<{ amount: number; currency: string }> {
  let amount = 0;
  for await (const invoice of stripe.invoices.list({ subscription: sub.id, status: "paid", limit: 100 })) {
    for await (const payment of stripe.invoicePayments.list({ invoice: invoice.id!, status: "paid", limit: 100 })) {
      if (!payment.payment.payment_intent) continue;
      const paymentIntent = idOf(payment.payment.payment_intent);
      try {
        await stripe.refunds.create(
          { payment_intent: paymentIntent, reason: "duplicate", metadata: { subscription: sub.id } },
          { idempotencyKey: `dispatch-duplicate-refund-${paymentIntent}` },
        );
      } catch (error) {
        if ((error as Stripe.errors.StripeError).code !== "charge_already_refunded") throw error;
      }
      amount += payment.amount_paid ?? 0;
    }
  }
  return { amount, currency: sub.currency };
}
