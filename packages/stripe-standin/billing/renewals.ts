import { days, nextBoundary } from "../core/periods";
import type { Runtime } from "../state/runtime";
import type { SubscriptionRecord } from "../state/types";
import { attemptPayment, createSubscriptionInvoice, emitInvoiceCreated, emitInvoicePaid } from "./invoicing";
import { toInvoice } from "../objects/invoice";
import { emitSubscriptionUpdated, endSubscription, snapshot } from "./subscription-events";

/**
 * Smart retries, simplified: after a renewal fails, retry 3 and 7 days after the first failure.
 * When the last retry fails the subscription is canceled (Stripe's "cancel the subscription"
 * setting for "if all retries for a payment fail"), and the invoice is left open.
 */
export const RETRY_AFTER_DAYS = [3, 7] as const;

/** The next moment this subscription needs attention from the clock, or null. */
export function nextBillingMoment(sub: SubscriptionRecord): number | null {
  if (sub.status !== "active" && sub.status !== "past_due") return null;
  return sub.nextRetryAt !== null ? Math.min(sub.nextRetryAt, sub.currentPeriodEnd) : sub.currentPeriodEnd;
}

function scheduleRetry(sub: SubscriptionRecord, firstFailureAt: number): number | null {
  const offset = RETRY_AFTER_DAYS[sub.failedAttempts - 1];
  return offset === undefined ? null : firstFailureAt + days(offset);
}

/** Period end: either end a cancel-at-period-end subscription or bill the next period. */
export function processPeriodEnd(rt: Runtime, sub: SubscriptionRecord): void {
  const boundary = sub.currentPeriodEnd;
  if (sub.cancelAtPeriodEnd) {
    endSubscription(rt, sub, "cancellation_requested", boundary);
    return;
  }
  const price = rt.state.prices[sub.items[0]?.price ?? ""];
  const recurring = price?.recurring ?? { interval: "month" as const, intervalCount: 1 };
  const before = snapshot(rt, sub);
  sub.currentPeriodStart = boundary;
  sub.currentPeriodEnd = nextBoundary(sub.billingCycleAnchor, recurring.interval, recurring.intervalCount, boundary);
  const invoice = createSubscriptionInvoice(rt, sub, "subscription_cycle");
  emitInvoiceCreated(rt, invoice);
  if (attemptPayment(rt, invoice, false)) {
    sub.status = "active";
    sub.failedAttempts = 0;
    sub.nextRetryAt = null;
    emitInvoicePaid(rt, invoice);
  } else {
    markPaymentFailed(sub, invoice.created);
    invoice.nextPaymentAttempt = sub.nextRetryAt;
    rt.emit("invoice.payment_failed", toInvoice(rt, invoice));
  }
  emitSubscriptionUpdated(rt, sub, before);
}

function markPaymentFailed(sub: SubscriptionRecord, firstFailureAt: number): void {
  sub.status = "past_due";
  sub.failedAttempts = 1;
  sub.nextRetryAt = scheduleRetry(sub, firstFailureAt);
}

/**
 * Retries the open invoice of a past_due subscription (on schedule, or right after the card was
 * replaced). Success makes it active again; the last failed retry cancels it.
 */
export function retryOpenInvoice(rt: Runtime, sub: SubscriptionRecord, scheduled: boolean): void {
  const invoice = sub.latestInvoice ? rt.state.invoices[sub.latestInvoice] : undefined;
  if (sub.status !== "past_due" || !invoice || invoice.status !== "open") {
    // Nothing left to retry: drop the schedule so the clock runner cannot spin on it.
    if (scheduled) sub.nextRetryAt = null;
    return;
  }
  const before = snapshot(rt, sub);
  if (attemptPayment(rt, invoice, false)) {
    sub.status = "active";
    sub.failedAttempts = 0;
    sub.nextRetryAt = null;
    emitInvoicePaid(rt, invoice);
    emitSubscriptionUpdated(rt, sub, before);
    return;
  }
  if (!scheduled) {
    rt.emit("invoice.payment_failed", toInvoice(rt, invoice));
    return;
  }
  sub.failedAttempts += 1;
  sub.nextRetryAt = scheduleRetry(sub, invoice.created);
  invoice.nextPaymentAttempt = sub.nextRetryAt;
  rt.emit("invoice.payment_failed", toInvoice(rt, invoice));
  if (sub.nextRetryAt === null) endSubscription(rt, sub, "payment_failed", rt.now());
}

/** After a customer replaces their card, past_due subscriptions are retried immediately. */
export function retryAfterCardUpdate(rt: Runtime, customerId: string): void {
  for (const sub of Object.values(rt.state.subscriptions)) {
    if (sub.customer === customerId && sub.status === "past_due") retryOpenInvoice(rt, sub, false);
  }
}
