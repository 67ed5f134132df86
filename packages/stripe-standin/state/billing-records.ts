/** Billing records: subscriptions, invoices and hosted sessions. */
import type { Metadata } from "./catalog-records";

export interface SubscriptionItemRecord {
  id: string;
  created: number;
  price: string;
  quantity: number;
}

export interface SubscriptionRecord {
  id: string;
  created: number;
  customer: string;
  status: "active" | "past_due" | "canceled" | "unpaid" | "incomplete";
  items: SubscriptionItemRecord[];
  currentPeriodStart: number;
  currentPeriodEnd: number;
  billingCycleAnchor: number;
  cancelAtPeriodEnd: boolean;
  cancelAt: number | null;
  canceledAt: number | null;
  endedAt: number | null;
  cancellationReason: "cancellation_requested" | "payment_failed" | null;
  /** `cancellation_details[comment]` given when canceling (absent in state files written before it existed). */
  cancellationComment?: string | null;
  /** Discount ids (`di_...`) currently applied. */
  discounts: string[];
  metadata: Metadata;
  latestInvoice: string | null;
  currency: string;
  /** Smart-retry bookkeeping for a past_due subscription: when to retry its open invoice next. */
  nextRetryAt: number | null;
  failedAttempts: number;
}

export interface InvoiceLineRecord {
  id: string;
  price: string;
  quantity: number;
  /** Before discounts; negative for proration credits. */
  amount: number;
  description: string;
  discountAmounts: { discount: string; amount: number }[];
  periodStart: number;
  periodEnd: number;
  subscriptionItem: string | null;
  proration: boolean;
}

export interface InvoiceRecord {
  id: string;
  number: string;
  created: number;
  customer: string;
  subscription: string | null;
  subscriptionMetadata: Metadata;
  status: "draft" | "open" | "paid" | "void" | "uncollectible";
  billingReason: "subscription_create" | "subscription_cycle" | "subscription_update" | "manual";
  currency: string;
  lines: InvoiceLineRecord[];
  discounts: string[];
  subtotal: number;
  total: number;
  amountPaid: number;
  attemptCount: number;
  paidAt: number | null;
  finalizedAt: number | null;
  nextPaymentAttempt: number | null;
  periodStart: number;
  periodEnd: number;
  /** The PaymentIntent that paid it (`pi_...`); null while unpaid or when nothing was due. */
  paymentIntent?: string | null;
}

/** A refund of (part of) what an invoice's PaymentIntent collected. */
export interface RefundRecord {
  id: string;
  created: number;
  amount: number;
  currency: string;
  paymentIntent: string;
  invoice: string;
  customer: string;
  reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
  metadata: Record<string, string>;
}

export interface CheckoutSessionRecord {
  id: string;
  created: number;
  expiresAt: number;
  customer: string | null;
  customerEmail: string | null;
  lineItems: { id: string; price: string; quantity: number }[];
  successUrl: string | null;
  cancelUrl: string | null;
  clientReferenceId: string | null;
  metadata: Metadata;
  allowPromotionCodes: boolean;
  /** Discounts requested at creation (`discounts[0][promotion_code]` / `[coupon]`) or entered on the page. */
  discounts: { coupon: string; promotionCode: string | null }[];
  subscriptionMetadata: Metadata;
  status: "open" | "complete" | "expired";
  paymentStatus: "paid" | "unpaid";
  subscription: string | null;
  invoice: string | null;
  customerDetails: { email: string; name: string | null } | null;
}

export interface PortalSessionRecord {
  id: string;
  created: number;
  customer: string;
  returnUrl: string | null;
}
