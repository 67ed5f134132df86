import type Stripe from "stripe";
import type { PromotionCodeRecord } from "../state/types";

/** Installed API version: the coupon sits under `promotion.coupon` (an id unless expanded). */
export function toPromotionCode(rec: PromotionCodeRecord): Stripe.PromotionCode {
  return {
    id: rec.id,
    object: "promotion_code",
    active: rec.active,
    code: rec.code,
    created: rec.created,
    customer: rec.customer,
    customer_account: null,
    expires_at: rec.expiresAt,
    livemode: false,
    max_redemptions: rec.maxRedemptions,
    metadata: { ...rec.metadata },
    promotion: { coupon: rec.coupon, type: "coupon" },
    restrictions: {
      first_time_transaction: rec.firstTimeTransaction,
      minimum_amount: null,
      minimum_amount_currency: null,
    },
    times_redeemed: rec.timesRedeemed,
  };
}
