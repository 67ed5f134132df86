import { describe, expect, it } from "vitest";
import { compareSubscription, type ComparedFields } from "@/lib/business/reconcile-diff";

const fields: ComparedFields = {
  status: "active",
  cancelAtPeriodEnd: false,
  currentPeriodEnd: new Date("2026-12-01T00:00:00Z"),
  priceId: "price_1",
};

describe("comparing a mirrored subscription with Stripe's", () => {
  it("finds nothing when they agree", () => {
    expect(compareSubscription("sub_1", fields, { ...fields, currentPeriodEnd: new Date(fields.currentPeriodEnd) })).toEqual([]);
  });

  it("lists each field that differs", () => {
    expect(compareSubscription("sub_1", fields, { ...fields, status: "past_due", priceId: "price_2" })).toEqual([
      { stripeSubscriptionId: "sub_1", field: "status", mirror: "active", stripe: "past_due" },
      { stripeSubscriptionId: "sub_1", field: "priceId", mirror: "price_1", stripe: "price_2" },
    ]);
  });

  it("reports a subscription missing on either side", () => {
    expect(compareSubscription("sub_1", null, fields)).toEqual([
      { stripeSubscriptionId: "sub_1", field: "presence", mirror: "missing", stripe: "active" },
    ]);
    expect(compareSubscription("sub_1", fields, null)).toEqual([
      { stripeSubscriptionId: "sub_1", field: "presence", mirror: "active", stripe: "missing" },
    ]);
  });
});
