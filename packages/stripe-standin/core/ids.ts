import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Random base62 string; Stripe ids are opaque, so only the prefix carries meaning. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/**
 * Prefixes the app may rely on (e.g. to tell a promotion code id from a coupon id),
 * so they follow Stripe's exactly. Test-mode checkout sessions carry `cs_test_`.
 */
export const ID_PREFIX = {
  customer: "cus_",
  product: "prod_",
  price: "price_",
  checkoutSession: "cs_test_",
  subscription: "sub_",
  subscriptionItem: "si_",
  invoice: "in_",
  invoiceLine: "il_",
  lineItem: "li_",
  promotionCode: "promo_",
  discount: "di_",
  portalSession: "bps_",
  portalConfiguration: "bpc_",
  event: "evt_",
  request: "req_",
  paymentMethod: "pm_",
  paymentIntent: "pi_",
  invoicePayment: "inpay_",
  refund: "re_",
} as const;

export function newId(prefix: string, length = 24): string {
  return `${prefix}${randomToken(length)}`;
}

/** Coupons have no prefix at Stripe; ids are 8 random characters unless the caller chooses one. */
export function newCouponId(): string {
  return randomToken(8);
}
