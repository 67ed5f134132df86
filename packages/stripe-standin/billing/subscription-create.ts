import { ID_PREFIX, newId } from "../core/ids";
import { addInterval } from "../core/periods";
import { toInvoice } from "../objects/invoice";
import { toSubscription } from "../objects/subscription";
import type { Runtime } from "../state/runtime";
import type { CustomerRecord, InvoiceRecord, Metadata, SubscriptionRecord } from "../state/types";
import { attachDiscount } from "./discounts";
import { attemptPayment, createSubscriptionInvoice, emitInvoiceCreated, emitInvoicePaid } from "./invoicing";

export interface NewSubscription {
  customer: CustomerRecord;
  items: { price: string; quantity: number }[];
  metadata: Metadata;
  /** Already validated discounts to attach. */
  discounts: { coupon: string; promotionCode: string | null }[];
  /** The Checkout Session it comes from, if any (recorded on its discounts). */
  checkoutSession: string | null;
}

/**
 * Creates a subscription and charges its first invoice with the customer's saved card: what a
 * completed Checkout and `POST /v1/subscriptions` share. A refused first payment leaves it
 * `incomplete` with the invoice open (Stripe's default `payment_behavior=allow_incomplete`).
 * Emits `customer.subscription.created` and the invoice's events.
 */
export function createSubscription(rt: Runtime, spec: NewSubscription): { sub: SubscriptionRecord; invoice: InvoiceRecord } {
  const firstPrice = rt.state.prices[spec.items[0]?.price ?? ""];
  const recurring = firstPrice?.recurring ?? { interval: "month" as const, intervalCount: 1 };
  const now = rt.now();
  const sub: SubscriptionRecord = {
    id: newId(ID_PREFIX.subscription),
    created: now,
    customer: spec.customer.id,
    status: "active",
    items: spec.items.map((item) => ({ id: newId(ID_PREFIX.subscriptionItem, 14), created: now, ...item })),
    currentPeriodStart: now,
    currentPeriodEnd: addInterval(now, recurring.interval, recurring.intervalCount),
    billingCycleAnchor: now,
    cancelAtPeriodEnd: false,
    cancelAt: null,
    canceledAt: null,
    endedAt: null,
    cancellationReason: null,
    cancellationComment: null,
    discounts: [],
    metadata: { ...spec.metadata },
    latestInvoice: null,
    currency: firstPrice?.currency ?? "usd",
    nextRetryAt: null,
    failedAttempts: 0,
  };
  rt.state.subscriptions[sub.id] = sub;
  for (const d of spec.discounts) {
    const coupon = rt.state.coupons[d.coupon];
    const promo = d.promotionCode ? (rt.state.promotionCodes[d.promotionCode] ?? null) : null;
    if (coupon) attachDiscount(rt, sub, coupon, promo, spec.checkoutSession);
  }
  const invoice = createSubscriptionInvoice(rt, sub, "subscription_create");
  const paid = attemptPayment(rt, invoice, true);
  if (!paid) sub.status = "incomplete";
  rt.emit("customer.subscription.created", toSubscription(rt, sub));
  emitInvoiceCreated(rt, invoice);
  if (paid) emitInvoicePaid(rt, invoice);
  else rt.emit("invoice.payment_failed", toInvoice(rt, invoice));
  return { sub, invoice };
}
