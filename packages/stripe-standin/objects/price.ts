import type Stripe from "stripe";
import type { PriceRecord } from "../state/types";

export function toPrice(rec: PriceRecord): Stripe.Price {
  return {
    id: rec.id,
    object: "price",
    active: rec.active,
    billing_scheme: "per_unit",
    created: rec.created,
    currency: rec.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: rec.lookupKey,
    metadata: { ...rec.metadata },
    nickname: rec.nickname,
    product: rec.product,
    recurring: rec.recurring
      ? {
          interval: rec.recurring.interval,
          interval_count: rec.recurring.intervalCount,
          meter: null,
          trial_period_days: null,
          usage_type: "licensed",
        }
      : null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: rec.recurring ? "recurring" : "one_time",
    unit_amount: rec.unitAmount,
    unit_amount_decimal: null,
  };
}

/** Subscription items still carry the legacy `plan` mirror of their price. */
export function toPlan(rec: PriceRecord): Stripe.Plan {
  return {
    id: rec.id,
    object: "plan",
    active: rec.active,
    amount: rec.unitAmount,
    amount_decimal: null,
    billing_scheme: "per_unit",
    created: rec.created,
    currency: rec.currency,
    interval: rec.recurring?.interval ?? "month",
    interval_count: rec.recurring?.intervalCount ?? 1,
    livemode: false,
    metadata: { ...rec.metadata },
    meter: null,
    nickname: rec.nickname,
    product: rec.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}
