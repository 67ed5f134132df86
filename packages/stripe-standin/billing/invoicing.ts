import { ID_PREFIX, newId } from "../core/ids";
import { toInvoice } from "../objects/invoice";
import type { Runtime } from "../state/runtime";
import type { InvoiceLineRecord, InvoiceRecord, SubscriptionRecord } from "../state/types";
import { couponDiscount } from "./amounts";
import { liveDiscounts } from "./discounts";

export interface ExtraLine {
  price: string;
  amount: number;
  description: string;
  periodStart: number;
  periodEnd: number;
  subscriptionItem: string | null;
}

function productName(rt: Runtime, priceId: string): string {
  const price = rt.state.prices[priceId];
  return (price && rt.state.products[price.product]?.name) || "Subscription";
}

/**
 * Creates and finalizes the invoice for a subscription's current period: one line per item,
 * live discounts applied to those lines, plus any extra (proration) lines, which are never discounted.
 */
export function createSubscriptionInvoice(
  rt: Runtime,
  sub: SubscriptionRecord,
  billingReason: InvoiceRecord["billingReason"],
  extraLines: ExtraLine[] = [],
): InvoiceRecord {
  const now = rt.now();
  const discounts = liveDiscounts(rt, sub, now);
  const lines: InvoiceLineRecord[] = extraLines.map((l) => ({
    id: newId(ID_PREFIX.invoiceLine),
    quantity: 1,
    discountAmounts: [],
    proration: true,
    ...l,
  }));
  for (const item of sub.items) {
    const price = rt.state.prices[item.price];
    const amount = (price?.unitAmount ?? 0) * item.quantity;
    let remaining = amount;
    const discountAmounts = discounts.map(({ discount, coupon }) => {
      const off = couponDiscount(coupon, remaining);
      remaining -= off;
      return { discount: discount.id, amount: off };
    });
    lines.push({
      id: newId(ID_PREFIX.invoiceLine),
      price: item.price,
      quantity: item.quantity,
      amount,
      description: `${item.quantity} × ${productName(rt, item.price)}`,
      discountAmounts: discountAmounts.filter((d) => d.amount > 0),
      periodStart: sub.currentPeriodStart,
      periodEnd: sub.currentPeriodEnd,
      subscriptionItem: item.id,
      proration: false,
    });
  }
  const subtotal = lines.reduce((s, l) => s + l.amount, 0);
  const discountTotal = lines.reduce((s, l) => s + l.discountAmounts.reduce((a, d) => a + d.amount, 0), 0);
  rt.state.invoiceCounter += 1;
  const invoice: InvoiceRecord = {
    id: newId(ID_PREFIX.invoice),
    number: `STANDIN-${String(rt.state.invoiceCounter).padStart(4, "0")}`,
    created: now,
    customer: sub.customer,
    subscription: sub.id,
    subscriptionMetadata: { ...sub.metadata },
    status: "open",
    billingReason,
    currency: sub.currency,
    lines,
    discounts: discounts.map((d) => d.discount.id),
    subtotal,
    // A credit larger than the charge is not carried to a customer balance here; the total floors at 0.
    total: Math.max(subtotal - discountTotal, 0),
    amountPaid: 0,
    attemptCount: 0,
    paidAt: null,
    finalizedAt: now,
    nextPaymentAttempt: null,
    periodStart: sub.currentPeriodStart,
    periodEnd: sub.currentPeriodEnd,
  };
  rt.state.invoices[invoice.id] = invoice;
  sub.latestInvoice = invoice.id;
  return invoice;
}

/**
 * Charges the customer's saved card for an open invoice. `firstPayment` is the on-session charge
 * at checkout, which the 0341 card passes; off-session renewals and retries with it fail.
 */
export function attemptPayment(rt: Runtime, invoice: InvoiceRecord, firstPayment: boolean): boolean {
  if (invoice.status !== "open") return invoice.status === "paid";
  const card = rt.state.customers[invoice.customer]?.card ?? null;
  invoice.attemptCount += 1;
  const succeeds = invoice.total === 0 || (card !== null && (firstPayment || !card.failsRenewals));
  if (!succeeds) return false;
  invoice.status = "paid";
  invoice.amountPaid = invoice.total;
  if (invoice.total > 0) invoice.paymentIntent = newId(ID_PREFIX.paymentIntent);
  invoice.paidAt = rt.now();
  invoice.nextPaymentAttempt = null;
  return true;
}

export function emitInvoicePaid(rt: Runtime, invoice: InvoiceRecord): void {
  rt.emit("invoice.paid", toInvoice(rt, invoice));
  rt.emit("invoice.payment_succeeded", toInvoice(rt, invoice));
}

export function emitInvoiceCreated(rt: Runtime, invoice: InvoiceRecord): void {
  rt.emit("invoice.created", toInvoice(rt, invoice));
  rt.emit("invoice.finalized", toInvoice(rt, invoice));
}
