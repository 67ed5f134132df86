import type Stripe from "stripe";
import { couponDiscount } from "../billing/amounts";
import type { Runtime } from "../state/runtime";
import type { CheckoutSessionRecord } from "../state/types";
import { toPrice } from "./price";

export function sessionSubtotal(rt: Runtime, rec: CheckoutSessionRecord): number {
  return rec.lineItems.reduce((sum, li) => sum + (rt.state.prices[li.price]?.unitAmount ?? 0) * li.quantity, 0);
}

export function sessionDiscountAmount(rt: Runtime, rec: CheckoutSessionRecord): number {
  let remaining = sessionSubtotal(rt, rec);
  let total = 0;
  for (const d of rec.discounts) {
    const coupon = rt.state.coupons[d.coupon];
    if (!coupon) continue;
    const off = couponDiscount(coupon, remaining);
    remaining -= off;
    total += off;
  }
  return total;
}

/** `line_items` is not part of the session by default; it is included only when expanded. */
export function toCheckoutLineItems(rt: Runtime, rec: CheckoutSessionRecord): Stripe.ApiList<Stripe.LineItem> {
  const data = rec.lineItems.map((li): Stripe.LineItem => {
    const price = rt.state.prices[li.price];
    const subtotal = (price?.unitAmount ?? 0) * li.quantity;
    return {
      id: li.id,
      object: "item",
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: subtotal,
      amount_tax: 0,
      amount_total: subtotal,
      currency: price?.currency ?? "usd",
      description: price ? (rt.state.products[price.product]?.name ?? null) : null,
      metadata: {},
      price: price ? toPrice(price) : null,
      quantity: li.quantity,
    };
  });
  return { object: "list", data, has_more: false, url: `/v1/checkout/sessions/${rec.id}/line_items` };
}

export function toCheckoutSession(rt: Runtime, rec: CheckoutSessionRecord): Stripe.Checkout.Session {
  const subtotal = sessionSubtotal(rt, rec);
  const discount = sessionDiscountAmount(rt, rec);
  const firstPrice = rec.lineItems[0] ? rt.state.prices[rec.lineItems[0].price] : undefined;
  return {
    id: rec.id,
    object: "checkout.session",
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: rec.allowPromotionCodes,
    allowed_payment_method_types: null,
    amount_subtotal: subtotal,
    amount_total: subtotal - discount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: rec.cancelUrl,
    client_reference_id: rec.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: rec.created,
    currency: firstPrice?.currency ?? null,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: rec.customer,
    customer_account: null,
    customer_creation: rec.customer ? null : "always",
    customer_details: rec.customerDetails
      ? {
          address: null,
          business_name: null,
          email: rec.customerDetails.email,
          individual_name: null,
          name: rec.customerDetails.name,
          phone: null,
          tax_exempt: "none",
          tax_ids: [],
        }
      : null,
    customer_email: rec.customerEmail,
    discounts: rec.discounts.map((d) => ({ coupon: d.coupon, promotion_code: d.promotionCode })),
    expires_at: rec.expiresAt,
    integration_identifier: null,
    invoice: rec.invoice,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: { ...rec.metadata },
    mode: "subscription",
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "always",
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ["card"],
    payment_status: rec.paymentStatus,
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: rec.status,
    submit_type: null,
    subscription: rec.subscription,
    success_url: rec.successUrl,
    total_details: { amount_discount: discount, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: rec.status === "open" ? `${rt.publicUrl}/c/pay/${rec.id}` : null,
    wallet_options: null,
  };
}
