import { invalidRequest, missingParam } from "../core/errors";
import { getCoupon, getPrice, getPromotionCode } from "../state/lookup";
import type { Runtime } from "../state/runtime";
import { assertCouponRedeemable, assertPromotionCodeRedeemable } from "./redeem";

// Checks shared by the two ways to start a subscription, Checkout Sessions and
// `POST /v1/subscriptions`, with Stripe's error messages.

/** Items of active recurring prices in one currency, e.g. `line_items` or `items`. */
export function recurringItems(
  rt: Runtime,
  items: { price?: string; quantity?: number }[] | undefined,
  param: string,
): { price: string; quantity: number }[] {
  if (!items || items.length === 0) throw missingParam(param);
  let currency: string | null = null;
  return items.map((item, i) => {
    if (!item.price) throw missingParam(`${param}[${i}][price]`);
    const price = getPrice(rt, item.price, `${param}[${i}][price]`);
    if (!price.active)
      throw invalidRequest(`The price specified is inactive. This field only accepts active prices.`, `${param}[${i}][price]`);
    if (!price.recurring) {
      throw invalidRequest(
        "You must specify at least one recurring price in `subscription` mode when using prices.",
        `${param}[${i}][price]`,
      );
    }
    if (currency && price.currency !== currency) throw invalidRequest("All prices must be in the same currency.", `${param}[${i}][price]`);
    currency = price.currency;
    return { price: price.id, quantity: item.quantity ?? 1 };
  });
}

/** Stripe validates requested discounts when they are requested, not only at payment. */
export function requestedDiscounts(
  rt: Runtime,
  discounts: { coupon?: string; promotion_code?: string }[] | undefined,
  customer: string | null,
): { coupon: string; promotionCode: string | null }[] {
  return (discounts ?? []).map((d, i) => {
    if (d.promotion_code) {
      const promo = getPromotionCode(rt, d.promotion_code, `discounts[${i}][promotion_code]`);
      const coupon = assertPromotionCodeRedeemable(rt, promo, customer, `discounts[${i}][promotion_code]`);
      return { coupon: coupon.id, promotionCode: promo.id };
    }
    if (!d.coupon) throw missingParam(`discounts[${i}][coupon]`);
    const coupon = getCoupon(rt, d.coupon, `discounts[${i}][coupon]`);
    assertCouponRedeemable(rt, coupon, `discounts[${i}][coupon]`);
    return { coupon: coupon.id, promotionCode: null };
  });
}
