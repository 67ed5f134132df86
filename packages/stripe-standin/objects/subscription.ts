import type Stripe from "stripe";
import type { Runtime } from "../state/runtime";
import type { SubscriptionItemRecord, SubscriptionRecord } from "../state/types";
import { toPlan, toPrice } from "./price";

function toSubscriptionItem(rt: Runtime, sub: SubscriptionRecord, item: SubscriptionItemRecord): Stripe.SubscriptionItem {
  const price = rt.state.prices[item.price];
  if (!price) throw new Error(`stripe-standin: subscription ${sub.id} refers to unknown price ${item.price}`);
  return {
    id: item.id,
    object: "subscription_item",
    billing_thresholds: null,
    created: item.created,
    // Since API 2025-03-31 the billing period lives on each item, not on the subscription.
    current_period_end: sub.currentPeriodEnd,
    current_period_start: sub.currentPeriodStart,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: toPlan(price),
    price: toPrice(price),
    quantity: item.quantity,
    subscription: sub.id,
    tax_rates: [],
  };
}

export function toSubscription(rt: Runtime, sub: SubscriptionRecord): Stripe.Subscription {
  return {
    id: sub.id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: sub.billingCycleAnchor,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: sub.cancelAt,
    cancel_at_period_end: sub.cancelAtPeriodEnd,
    canceled_at: sub.canceledAt,
    cancellation_details: {
      comment: sub.cancellationComment ?? null,
      feedback: null,
      feedback_option: null,
      reason: sub.cancellationReason,
    },
    collection_method: "charge_automatically",
    created: sub.created,
    currency: sub.currency,
    customer: sub.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: rt.state.customers[sub.customer]?.card?.id ?? null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [...sub.discounts],
    ended_at: sub.endedAt,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    items: {
      object: "list",
      data: sub.items.map((item) => toSubscriptionItem(rt, sub, item)),
      has_more: false,
      url: `/v1/subscription_items?subscription=${sub.id}`,
    },
    latest_invoice: sub.latestInvoice,
    livemode: false,
    managed_payments: null,
    metadata: { ...sub.metadata },
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: sub.created,
    status: sub.status,
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
    trial_start: null,
  };
}
