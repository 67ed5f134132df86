import { ID_PREFIX, newId } from "../core/ids";
import { addInterval } from "../core/periods";
import type { Runtime } from "../state/runtime";
import type { CouponRecord, DiscountRecord, PromotionCodeRecord, SubscriptionRecord } from "../state/types";

/**
 * Attaches a coupon (optionally via a promotion code) to a subscription and counts the redemption,
 * like Stripe does when the discount is created. `repeating` coupons end N months after the start.
 */
export function attachDiscount(
  rt: Runtime,
  sub: SubscriptionRecord,
  coupon: CouponRecord,
  promo: PromotionCodeRecord | null,
  checkoutSession: string | null,
): DiscountRecord {
  const start = rt.now();
  const discount: DiscountRecord = {
    id: newId(ID_PREFIX.discount),
    coupon: coupon.id,
    promotionCode: promo?.id ?? null,
    customer: sub.customer,
    subscription: sub.id,
    checkoutSession,
    start,
    end: coupon.duration === "repeating" ? addInterval(start, "month", coupon.durationInMonths ?? 1) : null,
  };
  rt.state.discounts[discount.id] = discount;
  sub.discounts.push(discount.id);
  coupon.timesRedeemed += 1;
  if (promo) promo.timesRedeemed += 1;
  return discount;
}

/** A `once` coupon is spent after it has discounted one invoice. */
function onceCouponSpent(rt: Runtime, discountId: string): boolean {
  return Object.values(rt.state.invoices).some((inv) => inv.lines.some((l) => l.discountAmounts.some((d) => d.discount === discountId)));
}

/**
 * The discounts that still apply to an invoice created at `at`. Discounts whose coupon has run
 * its course are removed from the subscription, as Stripe ends them.
 */
export function liveDiscounts(rt: Runtime, sub: SubscriptionRecord, at: number): { discount: DiscountRecord; coupon: CouponRecord }[] {
  const live: { discount: DiscountRecord; coupon: CouponRecord }[] = [];
  for (const id of [...sub.discounts]) {
    const discount = rt.state.discounts[id];
    const coupon = discount ? rt.state.coupons[discount.coupon] : undefined;
    const over =
      !discount || !coupon || (discount.end !== null && at >= discount.end) || (coupon.duration === "once" && onceCouponSpent(rt, id));
    if (over) sub.discounts = sub.discounts.filter((d) => d !== id);
    else live.push({ discount, coupon });
  }
  return live;
}
