/**
 * What the stand-in remembers. Records hold only the fields the stand-in models; the
 * `objects/*` builders turn them into complete, typed Stripe objects on the way out.
 * Everything here is plain JSON so the state file can round-trip it.
 */
import type Stripe from "stripe";

import type { CouponRecord, CustomerRecord, DiscountRecord, PriceRecord, ProductRecord, PromotionCodeRecord } from "./catalog-records";
import type { CheckoutSessionRecord, InvoiceRecord, PortalSessionRecord, RefundRecord, SubscriptionRecord } from "./billing-records";

export type * from "./catalog-records";
export type * from "./billing-records";

export interface StandinState {
  version: 1;
  clockOffsetSeconds: number;
  invoiceCounter: number;
  customers: Record<string, CustomerRecord>;
  products: Record<string, ProductRecord>;
  prices: Record<string, PriceRecord>;
  coupons: Record<string, CouponRecord>;
  promotionCodes: Record<string, PromotionCodeRecord>;
  discounts: Record<string, DiscountRecord>;
  subscriptions: Record<string, SubscriptionRecord>;
  invoices: Record<string, InvoiceRecord>;
  checkoutSessions: Record<string, CheckoutSessionRecord>;
  portalSessions: Record<string, PortalSessionRecord>;
  refunds: Record<string, RefundRecord>;
  /** Events exactly as sent (snapshots), oldest first. */
  events: Stripe.EventBase[];
  /** Ids of events not yet delivered (or given up on) to the webhook URL, in order. */
  webhookQueue: string[];
}

export function emptyState(): StandinState {
  return {
    version: 1,
    clockOffsetSeconds: 0,
    invoiceCounter: 0,
    customers: {},
    products: {},
    prices: {},
    coupons: {},
    promotionCodes: {},
    discounts: {},
    subscriptions: {},
    invoices: {},
    checkoutSessions: {},
    portalSessions: {},
    refunds: {},
    events: [],
    webhookQueue: [],
  };
}
