import type Stripe from "stripe";
import type { CouponRecord } from "../state/types";

/** Stripe's `valid`: false once the coupon can no longer be redeemed (redeem_by passed or exhausted). */
export function couponIsValid(rec: CouponRecord, now: number): boolean {
  if (rec.deleted) return false;
  if (rec.redeemBy !== null && now > rec.redeemBy) return false;
  if (rec.maxRedemptions !== null && rec.timesRedeemed >= rec.maxRedemptions) return false;
  return true;
}

export function toCoupon(rec: CouponRecord, now: number): Stripe.Coupon | Stripe.DeletedCoupon {
  if (rec.deleted) return { id: rec.id, object: "coupon", deleted: true };
  return {
    id: rec.id,
    object: "coupon",
    amount_off: rec.amountOff,
    created: rec.created,
    currency: rec.currency,
    duration: rec.duration,
    duration_in_months: rec.durationInMonths,
    livemode: false,
    max_redemptions: rec.maxRedemptions,
    metadata: { ...rec.metadata },
    name: rec.name,
    percent_off: rec.percentOff,
    redeem_by: rec.redeemBy,
    times_redeemed: rec.timesRedeemed,
    valid: couponIsValid(rec, now),
  };
}
