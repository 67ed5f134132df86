import { invalidRequest } from "../core/errors";
import { addInterval, days } from "../core/periods";
import { mergeMetadata } from "../core/params";
import { getCoupon, getPrice, getPromotionCode } from "../state/lookup";
import type { Runtime } from "../state/runtime";
import type { CouponRecord, Metadata, PromotionCodeRecord, SubscriptionRecord } from "../state/types";
import { attachDiscount } from "./discounts";
import { attemptPayment, createSubscriptionInvoice, emitInvoiceCreated, emitInvoicePaid } from "./invoicing";
import { toInvoice } from "../objects/invoice";
import { assertCouponRedeemable, assertPromotionCodeRedeemable } from "./redeem";
import { RETRY_AFTER_DAYS } from "./renewals";
import { emitSubscriptionUpdated, snapshot } from "./subscription-events";

export interface DiscountSpec {
  coupon?: string;
  promotion_code?: string;
  discount?: string;
}

export interface SubscriptionChanges {
  cancelAtPeriodEnd?: boolean;
  items?: { id?: string; price?: string; quantity?: number }[];
  /** "" removes every discount; a list replaces them (`discount` keeps an existing one). */
  discounts?: DiscountSpec[] | "";
  metadata?: Metadata | "";
}

function assertNotCanceled(sub: SubscriptionRecord): void {
  if (sub.status === "canceled") {
    throw invalidRequest("A canceled subscription can only update its cancellation_details and metadata.");
  }
}

/**
 * Switches an item to another price. Same billing interval: the new price applies from the next
 * renewal (no proration invoice items). Different interval: like Stripe, the billing cycle resets
 * to now and an invoice is paid immediately, credited with the unused time of the old price.
 */
function changeItemPrice(rt: Runtime, sub: SubscriptionRecord, index: number, itemId: string, priceId: string): void {
  const item = sub.items.find((i) => i.id === itemId);
  if (!item) throw invalidRequest(`Invalid subscription_item: ${itemId} is not on this subscription.`, `items[${index}][id]`);
  const next = getPrice(rt, priceId, `items[${index}][price]`);
  if (!next.active)
    throw invalidRequest("The price specified is inactive. This field only accepts active prices.", `items[${index}][price]`);
  if (!next.recurring) throw invalidRequest("The price specified is not recurring.", `items[${index}][price]`);
  if (next.currency !== sub.currency)
    throw invalidRequest("The price's currency must match the subscription's currency.", `items[${index}][price]`);
  const old = getPrice(rt, item.price);
  if (old.id === next.id) return;
  item.price = next.id;
  const sameCycle = old.recurring?.interval === next.recurring.interval && old.recurring?.intervalCount === next.recurring.intervalCount;
  if (sameCycle) return;

  const now = rt.now();
  const periodLength = sub.currentPeriodEnd - sub.currentPeriodStart;
  const unused = Math.max(sub.currentPeriodEnd - now, 0);
  const credit = periodLength > 0 ? Math.round((old.unitAmount * item.quantity * unused) / periodLength) : 0;
  sub.currentPeriodStart = now;
  sub.billingCycleAnchor = now;
  sub.currentPeriodEnd = addInterval(now, next.recurring.interval, next.recurring.intervalCount);
  const extra =
    credit > 0
      ? [
          {
            price: old.id,
            amount: -credit,
            description: "Unused time on previous plan",
            periodStart: now,
            periodEnd: now + unused,
            subscriptionItem: item.id,
          },
        ]
      : [];
  const invoice = createSubscriptionInvoice(rt, sub, "subscription_update", extra);
  emitInvoiceCreated(rt, invoice);
  if (attemptPayment(rt, invoice, false)) {
    emitInvoicePaid(rt, invoice);
  } else {
    sub.status = "past_due";
    sub.failedAttempts = 1;
    sub.nextRetryAt = invoice.created + days(RETRY_AFTER_DAYS[0]);
    invoice.nextPaymentAttempt = sub.nextRetryAt;
    rt.emit("invoice.payment_failed", toInvoice(rt, invoice));
  }
}

function replaceDiscounts(rt: Runtime, sub: SubscriptionRecord, specs: DiscountSpec[] | ""): void {
  const list = specs === "" ? [] : specs;
  // Resolve and validate everything first so a refused code leaves the subscription untouched.
  const keep = list.filter((s) => s.discount).map((s) => s.discount as string);
  for (const id of keep) {
    if (!sub.discounts.includes(id)) throw invalidRequest(`No such discount on this subscription: '${id}'`, "discounts");
  }
  const additions = list.flatMap((spec, i): { coupon: CouponRecord; promo: PromotionCodeRecord | null }[] => {
    if (spec.promotion_code) {
      const promo = getPromotionCode(rt, spec.promotion_code, `discounts[${i}][promotion_code]`);
      return [{ coupon: assertPromotionCodeRedeemable(rt, promo, sub.customer, `discounts[${i}][promotion_code]`), promo }];
    }
    if (!spec.coupon) return [];
    const coupon = getCoupon(rt, spec.coupon, `discounts[${i}][coupon]`);
    assertCouponRedeemable(rt, coupon, `discounts[${i}][coupon]`);
    return [{ coupon, promo: null }];
  });
  sub.discounts = sub.discounts.filter((id) => keep.includes(id));
  for (const { coupon, promo } of additions) attachDiscount(rt, sub, coupon, promo, null);
}

/** Applies an update (from the API or the portal) and emits one `customer.subscription.updated`. */
export function updateSubscription(rt: Runtime, sub: SubscriptionRecord, changes: SubscriptionChanges): void {
  const onlyMetadata = Object.keys(changes).every((k) => k === "metadata");
  if (!onlyMetadata) assertNotCanceled(sub);
  const before = snapshot(rt, sub);
  if (changes.discounts !== undefined) replaceDiscounts(rt, sub, changes.discounts);
  changes.items?.forEach((change, index) => {
    if (!change.id) throw invalidRequest("stripe-standin supports changing existing items only: pass items[n][id].", `items[${index}][id]`);
    if (change.price) changeItemPrice(rt, sub, index, change.id, change.price);
    const item = sub.items.find((i) => i.id === change.id);
    if (item && change.quantity !== undefined) item.quantity = change.quantity;
  });
  if (changes.cancelAtPeriodEnd !== undefined) {
    sub.cancelAtPeriodEnd = changes.cancelAtPeriodEnd;
    sub.cancelAt = changes.cancelAtPeriodEnd ? sub.currentPeriodEnd : null;
    sub.canceledAt = changes.cancelAtPeriodEnd ? rt.now() : null;
    sub.cancellationReason = changes.cancelAtPeriodEnd ? "cancellation_requested" : null;
  }
  if (changes.metadata !== undefined) sub.metadata = mergeMetadata(sub.metadata, changes.metadata);
  // A plan change may have moved the period end that a pending cancellation points at.
  if (sub.cancelAtPeriodEnd) sub.cancelAt = sub.currentPeriodEnd;
  emitSubscriptionUpdated(rt, sub, before);
}
