import type Stripe from "stripe";
import type { DiscountRecord } from "../state/types";

/** Installed API version: the coupon sits under `source.coupon` (an id unless expanded). */
export function toDiscount(rec: DiscountRecord): Stripe.Discount {
  return {
    id: rec.id,
    object: "discount",
    checkout_session: rec.checkoutSession,
    customer: rec.customer,
    customer_account: null,
    end: rec.end,
    invoice: null,
    invoice_item: null,
    promotion_code: rec.promotionCode,
    source: { coupon: rec.coupon, type: "coupon" },
    start: rec.start,
    subscription: rec.subscription,
    subscription_item: null,
  };
}
