import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { isNewerSnapshot, toSubscriptionRecord, type PreviousRecord } from "@/lib/billing/subscription-record";
import { getAccess } from "@/lib/entitlements";

const unix = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/** The fields of a Stripe Subscription that the mapper reads, with Stripe's shapes. */
function snapshot(overrides: Partial<Stripe.Subscription> & { periodEnd?: string } = {}): Stripe.Subscription {
  const { periodEnd = "2026-12-24T00:00:00Z", ...rest } = overrides;
  return {
    id: "sub_1",
    object: "subscription",
    status: "active",
    customer: "cus_1",
    cancel_at_period_end: false,
    cancel_at: null,
    discounts: [],
    metadata: { userId: "u1" },
    items: {
      object: "list",
      has_more: false,
      url: "",
      data: [{ id: "si_1", current_period_end: unix(periodEnd), price: { id: "price_monthly" } }],
    },
    ...rest,
  } as unknown as Stripe.Subscription;
}

/** Applies snapshots in the order our webhooks happened to see them, like sync-subscription does. */
function mirror(snapshots: Array<[Stripe.Subscription, string]>): (PreviousRecord & ReturnType<typeof toSubscriptionRecord>) | null {
  let row: (PreviousRecord & ReturnType<typeof toSubscriptionRecord>) | null = null;
  for (const [sub, at] of snapshots) {
    const observedAt = new Date(at);
    if (!isNewerSnapshot(observedAt, row)) continue;
    row = { ...toSubscriptionRecord(sub, observedAt, row), stripeSyncedAt: observedAt };
  }
  return row;
}

describe("toSubscriptionRecord", () => {
  it("maps status, period end (from the items), price and customer", () => {
    const record = toSubscriptionRecord(snapshot(), new Date("2026-11-24T00:00:00Z"), null);
    expect(record).toMatchObject({
      status: "active",
      currentPeriodEnd: new Date("2026-12-24T00:00:00Z"),
      cancelAtPeriodEnd: false,
      pastDueSince: null,
      priceId: "price_monthly",
      stripeCustomerId: "cus_1",
      discountPercentOff: null,
    });
  });

  it("treats cancel_at on an active subscription as canceling at period end", () => {
    const record = toSubscriptionRecord(snapshot({ cancel_at: unix("2026-12-24T00:00:00Z") }), new Date(), null);
    expect(record.cancelAtPeriodEnd).toBe(true);
  });

  it("reads an academic discount with its promotion code", () => {
    const discount = {
      id: "di_1",
      end: null,
      promotion_code: { id: "promo_1", code: "EDU-7KQ4-M2XD" },
      source: { type: "coupon", coupon: { id: "academic", percent_off: 50 } },
    };
    const record = toSubscriptionRecord(snapshot({ discounts: [discount as unknown as Stripe.Discount] }), new Date(), null);
    expect(record).toMatchObject({ discountPercentOff: 50, discountCode: "EDU-7KQ4-M2XD", discountEndsAt: null });
  });
});

describe("mirroring realistic webhook sequences", () => {
  it("a renewal failure, a duplicate of it, then a recovery", () => {
    const row = mirror([
      [snapshot(), "2026-11-24T10:00:00Z"],
      [snapshot({ status: "past_due" }), "2026-12-24T01:00:00Z"],
      [snapshot({ status: "past_due" }), "2026-12-24T01:00:05Z"], // invoice.payment_failed and subscription.updated both re-read
    ]);
    // The grace period counts from the first time we saw past_due, not the duplicate.
    expect(row).toMatchObject({ status: "past_due", pastDueSince: new Date("2026-12-24T01:00:00Z") });
    const recovered = mirror([
      [snapshot({ status: "past_due" }), "2026-12-24T01:00:00Z"],
      [snapshot({ status: "active", periodEnd: "2027-01-24T00:00:00Z" }), "2026-12-26T09:00:00Z"],
    ]);
    expect(recovered).toMatchObject({ status: "active", pastDueSince: null, currentPeriodEnd: new Date("2027-01-24T00:00:00Z") });
  });

  it("a slow handler's older snapshot does not undo a newer cancellation", () => {
    const row = mirror([
      [snapshot({ status: "canceled" }), "2026-12-24T00:00:02Z"], // subscription.deleted, read second but written first
      [snapshot({ status: "active" }), "2026-12-24T00:00:01Z"], // subscription.updated, read first, written late
    ]);
    expect(row?.status).toBe("canceled");
  });

  it("cancel at period end keeps access until the end, and Stripe's deletion ends it", () => {
    const policyAt = (iso: string) => ({ now: new Date(iso), pastDueGraceDays: 7 });
    const viewerFor = (row: NonNullable<ReturnType<typeof mirror>>) => ({
      kind: "user" as const,
      userId: "u1",
      role: "READER" as const,
      subscriptions: [
        {
          status: row.status,
          currentPeriodEnd: row.currentPeriodEnd,
          cancelAtPeriodEnd: row.cancelAtPeriodEnd,
          pastDueSince: row.pastDueSince,
        },
      ],
    });
    const canceling = mirror([[snapshot({ cancel_at_period_end: true }), "2026-12-01T00:00:00Z"]])!;
    expect(getAccess(viewerFor(canceling), { access: "SUBSCRIBER" }, policyAt("2026-12-23T23:59:00Z")).allowed).toBe(true);
    const ended = mirror([
      [snapshot({ cancel_at_period_end: true }), "2026-12-01T00:00:00Z"],
      [snapshot({ status: "canceled", cancel_at_period_end: true }), "2026-12-24T00:00:30Z"],
    ])!;
    expect(getAccess(viewerFor(ended), { access: "SUBSCRIBER" }, policyAt("2026-12-24T00:01:00Z")).allowed).toBe(false);
  });

  it("past_due readers lose access once the grace period is over", () => {
    const row = mirror([[snapshot({ status: "past_due" }), "2026-12-24T00:00:00Z"]])!;
    const viewer = { kind: "user" as const, userId: "u1", role: "READER" as const, subscriptions: [row] };
    expect(getAccess(viewer, { access: "SUBSCRIBER" }, { now: new Date("2026-12-30T23:00:00Z"), pastDueGraceDays: 7 }).allowed).toBe(true);
    expect(getAccess(viewer, { access: "SUBSCRIBER" }, { now: new Date("2026-12-31T00:00:01Z"), pastDueGraceDays: 7 }).allowed).toBe(false);
  });
});
