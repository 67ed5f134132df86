import type { CouponRecord } from "../state/types";

/** The amount a coupon takes off `amount` (minor units), never more than the amount itself. */
export function couponDiscount(coupon: CouponRecord, amount: number): number {
  if (amount <= 0) return 0;
  if (coupon.percentOff !== null) return Math.min(amount, Math.round((amount * coupon.percentOff) / 100));
  if (coupon.amountOff !== null) return Math.min(amount, coupon.amountOff);
  return 0;
}

/** Human text for a coupon, e.g. "20% off" or "$5.00 off", used on hosted pages. */
export function describeCoupon(coupon: CouponRecord, formatMoney: (amount: number, currency: string) => string): string {
  const what =
    coupon.percentOff !== null ? `${coupon.percentOff}% off` : `${formatMoney(coupon.amountOff ?? 0, coupon.currency ?? "usd")} off`;
  if (coupon.duration === "once") return `${what} (first payment)`;
  if (coupon.duration === "repeating") return `${what} for ${coupon.durationInMonths ?? 0} months`;
  return what;
}
