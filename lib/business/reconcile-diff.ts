import type { SubscriptionStatus } from "@/lib/entitlements";

// What the nightly reconciliation compares between a mirrored subscription and Stripe's. Pure.

export interface ComparedFields {
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date;
  priceId: string | null;
}

export interface Difference {
  stripeSubscriptionId: string;
  field: keyof ComparedFields | "presence";
  mirror: string;
  stripe: string;
}

const show = (value: ComparedFields[keyof ComparedFields]) => (value instanceof Date ? value.toISOString() : String(value));

/** Differences between the mirror's row and Stripe's subscription; either may be missing. */
export function compareSubscription(id: string, mirror: ComparedFields | null, stripe: ComparedFields | null): Difference[] {
  if (!mirror && !stripe) return [];
  if (!mirror) return [{ stripeSubscriptionId: id, field: "presence", mirror: "missing", stripe: stripe!.status }];
  if (!stripe) return [{ stripeSubscriptionId: id, field: "presence", mirror: mirror.status, stripe: "missing" }];
  const fields = ["status", "cancelAtPeriodEnd", "currentPeriodEnd", "priceId"] as const;
  return fields
    .filter((field) => show(mirror[field]) !== show(stripe[field]))
    .map((field) => ({ stripeSubscriptionId: id, field, mirror: show(mirror[field]), stripe: show(stripe[field]) }));
}
