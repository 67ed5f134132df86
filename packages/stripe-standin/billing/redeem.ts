import { invalidRequest, notFound, StandinError } from "../core/errors";
import { couponIsValid } from "../objects/coupon";
import type { Runtime } from "../state/runtime";
import type { CouponRecord, PromotionCodeRecord } from "../state/types";

/** Shown on the hosted page when a typed code matches nothing (Stripe's Checkout wording). */
export const UNKNOWN_CODE_MESSAGE = "This code is invalid.";

function hasPriorTransactions(rt: Runtime, customerId: string): boolean {
  return Object.values(rt.state.invoices).some((inv) => inv.customer === customerId && inv.status === "paid" && inv.amountPaid > 0);
}

/** Refuses a coupon that can no longer be redeemed (deleted, past `redeem_by`, exhausted). */
export function assertCouponRedeemable(rt: Runtime, coupon: CouponRecord, param: string): void {
  if (!couponIsValid(coupon, rt.now())) {
    throw invalidRequest(`Coupon '${coupon.id}' is no longer valid.`, param, "coupon_expired");
  }
}

/**
 * Everything Stripe checks before a promotion code may be applied for `customerId`
 * (null when Checkout will create a new customer, which can never satisfy a customer restriction).
 */
export function assertPromotionCodeRedeemable(
  rt: Runtime,
  promo: PromotionCodeRecord,
  customerId: string | null,
  param: string,
): CouponRecord {
  if (!promo.active) throw invalidRequest("This promotion code is inactive.", param);
  if (promo.expiresAt !== null && rt.now() >= promo.expiresAt) {
    throw invalidRequest("This promotion code has expired.", param, "coupon_expired");
  }
  if (promo.maxRedemptions !== null && promo.timesRedeemed >= promo.maxRedemptions) {
    throw invalidRequest("This promotion code has already been redeemed the maximum number of times.", param);
  }
  if (promo.customer !== null && promo.customer !== customerId) {
    throw invalidRequest("This promotion code cannot be redeemed because it is restricted to a different customer.", param);
  }
  if (promo.firstTimeTransaction && customerId && hasPriorTransactions(rt, customerId)) {
    throw invalidRequest("This promotion code cannot be redeemed because the associated customer has prior transactions.", param);
  }
  const coupon = rt.state.coupons[promo.coupon];
  if (!coupon) throw notFound("coupon", promo.coupon, param);
  assertCouponRedeemable(rt, coupon, param);
  return coupon;
}

/**
 * Resolves a code typed by a customer. Codes are case-insensitive; several promotion codes may
 * share a code when they are restricted to different customers, so prefer the one for this customer.
 */
export function findPromotionCodeByCode(rt: Runtime, code: string, customerId: string | null): PromotionCodeRecord {
  const wanted = code.trim().toLowerCase();
  const matches = Object.values(rt.state.promotionCodes).filter((p) => p.code.toLowerCase() === wanted);
  const best =
    matches.find((p) => p.active && p.customer !== null && p.customer === customerId) ??
    matches.find((p) => p.active && p.customer === null) ??
    matches.find((p) => p.active) ??
    matches[0];
  if (!best) throw new StandinError(400, "invalid_request_error", UNKNOWN_CODE_MESSAGE, "resource_missing", "promotion_code");
  return best;
}
