import { invalidRequest } from "../core/errors";
import { ID_PREFIX, newId } from "../core/ids";
import { toCheckoutSession } from "../objects/checkout-session";
import { toCustomer } from "../objects/customer";
import type { Runtime } from "../state/runtime";
import type { CardRecord, CheckoutSessionRecord, CustomerRecord } from "../state/types";
import { acceptCard, type CardInput } from "./cards";
import { expireIfDue } from "./checkout-expiry";
import { assertCouponRedeemable, assertPromotionCodeRedeemable, findPromotionCodeByCode } from "./redeem";
import { createSubscription } from "./subscription-create";

export interface CheckoutSubmission {
  email: string;
  name: string;
  card: CardInput;
  /** Code typed on the page (only honoured when the session allows promotion codes). */
  promotionCode: string;
}

/**
 * Resolves the discounts the payment will use: those fixed at session creation, or a code typed
 * on the page. Everything is re-validated now, since a code may have been used up meanwhile.
 */
function resolveDiscounts(rt: Runtime, session: CheckoutSessionRecord, typedCode: string): CheckoutSessionRecord["discounts"] {
  if (session.allowPromotionCodes && typedCode.trim()) {
    const promo = findPromotionCodeByCode(rt, typedCode, session.customer);
    assertPromotionCodeRedeemable(rt, promo, session.customer, "promotion_code");
    return [{ coupon: promo.coupon, promotionCode: promo.id }];
  }
  for (const d of session.discounts) {
    if (d.promotionCode) {
      const promo = rt.state.promotionCodes[d.promotionCode];
      if (promo) assertPromotionCodeRedeemable(rt, promo, session.customer, "promotion_code");
    } else {
      const coupon = rt.state.coupons[d.coupon];
      if (coupon) assertCouponRedeemable(rt, coupon, "coupon");
    }
  }
  return session.discounts;
}

function ensureCustomer(
  rt: Runtime,
  session: CheckoutSessionRecord,
  email: string,
  name: string,
  card: CardRecord,
): { customer: CustomerRecord; created: boolean } {
  const existing = session.customer ? rt.state.customers[session.customer] : undefined;
  if (existing && !existing.deleted) {
    existing.card = card;
    return { customer: existing, created: false };
  }
  const customer: CustomerRecord = {
    id: newId(ID_PREFIX.customer, 14),
    created: rt.now(),
    email,
    name: name || null,
    description: null,
    phone: null,
    metadata: {},
    deleted: false,
    card,
  };
  rt.state.customers[customer.id] = customer;
  return { customer, created: true };
}

/**
 * The hosted page's "Subscribe": validates, charges, and creates what Stripe creates (customer if
 * needed, subscription, paid first invoice, discount), then emits the events in Stripe's usual
 * order. Throws (card or request error) before touching any state when something is refused.
 * Returns the URL to redirect the browser to.
 */
export function completeCheckout(rt: Runtime, session: CheckoutSessionRecord, input: CheckoutSubmission): string {
  // Like Stripe, a session that expired (or was already paid) can't be paid, even from a page
  // that was loaded while it was still open.
  if (expireIfDue(rt, session).status !== "open") throw invalidRequest("This Checkout Session is no longer active.");
  // The email field is read-only for an existing customer, so their stored email wins.
  const known = session.customer ? rt.state.customers[session.customer] : undefined;
  const email = (known?.email ?? input.email).trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw invalidRequest("Your email address is invalid.", "email");
  const discounts = resolveDiscounts(rt, session, input.promotionCode);
  const card = acceptCard(input.card, rt.now());

  const { customer, created } = ensureCustomer(rt, session, email, input.name.trim(), card);
  if (created) rt.emit("customer.created", toCustomer(customer));
  const { sub, invoice } = createSubscription(rt, {
    customer,
    items: session.lineItems.map(({ price, quantity }) => ({ price, quantity })),
    metadata: session.subscriptionMetadata,
    discounts,
    checkoutSession: session.id,
  });
  session.discounts = discounts;
  session.customer = customer.id;
  session.customerDetails = { email, name: input.name.trim() || null };
  session.status = "complete";
  session.paymentStatus = "paid";
  session.subscription = sub.id;
  session.invoice = invoice.id;

  rt.emit("checkout.session.completed", toCheckoutSession(rt, session));
  return (session.successUrl ?? `${rt.publicUrl}/c/done/${session.id}`).replaceAll("{CHECKOUT_SESSION_ID}", session.id);
}
