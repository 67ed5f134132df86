import { notFound } from "../core/errors";
import type { Runtime } from "./runtime";
import type {
  CheckoutSessionRecord,
  CouponRecord,
  CustomerRecord,
  InvoiceRecord,
  PortalSessionRecord,
  PriceRecord,
  ProductRecord,
  PromotionCodeRecord,
  SubscriptionRecord,
} from "./types";

/** Getters that fail with Stripe's 404 `resource_missing` error, named like Stripe names objects. */
export function getCustomer(rt: Runtime, id: string, param = "id"): CustomerRecord {
  const rec = rt.state.customers[id];
  if (!rec || rec.deleted) throw notFound("customer", id, param);
  return rec;
}

export function getProduct(rt: Runtime, id: string, param = "id"): ProductRecord {
  const rec = rt.state.products[id];
  if (!rec) throw notFound("product", id, param);
  return rec;
}

export function getPrice(rt: Runtime, id: string, param = "id"): PriceRecord {
  const rec = rt.state.prices[id];
  if (!rec) throw notFound("price", id, param);
  return rec;
}

export function getCoupon(rt: Runtime, id: string, param = "id"): CouponRecord {
  const rec = rt.state.coupons[id];
  if (!rec || rec.deleted) throw notFound("coupon", id, param);
  return rec;
}

export function getPromotionCode(rt: Runtime, id: string, param = "id"): PromotionCodeRecord {
  const rec = rt.state.promotionCodes[id];
  if (!rec) throw notFound("promotion code", id, param);
  return rec;
}

export function getSubscription(rt: Runtime, id: string, param = "id"): SubscriptionRecord {
  const rec = rt.state.subscriptions[id];
  if (!rec) throw notFound("subscription", id, param);
  return rec;
}

export function getInvoice(rt: Runtime, id: string, param = "id"): InvoiceRecord {
  const rec = rt.state.invoices[id];
  if (!rec) throw notFound("invoice", id, param);
  return rec;
}

export function getCheckoutSession(rt: Runtime, id: string, param = "id"): CheckoutSessionRecord {
  const rec = rt.state.checkoutSessions[id];
  if (!rec) throw notFound("checkout.session", id, param);
  return rec;
}

export function getPortalSession(rt: Runtime, id: string): PortalSessionRecord {
  const rec = rt.state.portalSessions[id];
  if (!rec) throw notFound("billing_portal.session", id);
  return rec;
}
