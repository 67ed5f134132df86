import { describe, expect, it } from "vitest";
import { accessEndsAt } from "@/lib/billing/access-ends-at";
import { billingEmailsFor, type MirrorState, type TransitionFacts } from "@/lib/billing/billing-emails";

// Which emails each change of a subscription calls for, over the transitions webhooks bring,
// including repeated and out-of-order ones (the same facts give the same keys).

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const periodEnd = at("2026-12-24T00:00:00Z");

function state(overrides: Partial<MirrorState> = {}): MirrorState {
  return {
    status: "active",
    currentPeriodEnd: periodEnd,
    cancelAtPeriodEnd: false,
    pastDueSince: null,
    discountPercentOff: null,
    ...overrides,
  };
}

const facts = (overrides: Partial<TransitionFacts> = {}): TransitionFacts => ({
  subscriptionId: "sub_1",
  plan: { name: "Monthly", amount: 1000, currency: "usd", interval: "month" },
  refunded: null,
  endedWithAccount: false,
  observedAt: at("2026-11-24T10:00:00Z"),
  pastDueGraceDays: 7,
  ...overrides,
});

const kinds = (previous: MirrorState | null, next: MirrorState, f = facts()) => billingEmailsFor(previous, next, f).map((e) => e.kind);

describe("billingEmailsFor", () => {
  it("welcomes a new subscriber once, with plan, price after discount and renewal date", () => {
    const [welcome] = billingEmailsFor(null, state({ discountPercentOff: 50 }), facts());
    expect(welcome).toEqual({
      kind: "billing-welcome",
      key: "billing.welcome:sub_1",
      payload: { planName: "Monthly", amount: 500, currency: "usd", interval: "month", percentOff: 50, renewsAt: periodEnd.toISOString() },
    });
    expect(kinds(state(), state())).toEqual([]);
    expect(kinds(state({ status: "incomplete" }), state())).toEqual(["billing-welcome"]);
  });

  it("reports a failed renewal with the last day of reading, keyed by when it started", () => {
    const since = at("2026-12-24T00:05:00Z");
    const [failed] = billingEmailsFor(state(), state({ status: "past_due", pastDueSince: since }), facts({ observedAt: since }));
    expect(failed).toEqual({
      kind: "billing-payment-failed",
      key: `billing.payment-failed:sub_1:${since.toISOString()}`,
      payload: { planName: "Monthly", readableUntil: new Date(since.getTime() + 7 * DAY).toISOString() },
    });
    // Still past_due on the next webhook: nothing new. Paid, then failing again later: a new email.
    expect(kinds(state({ status: "past_due", pastDueSince: since }), state({ status: "past_due", pastDueSince: since }))).toEqual([]);
    const again = billingEmailsFor(state(), state({ status: "past_due", pastDueSince: at("2027-01-24T00:00:00Z") }), facts());
    expect(again[0]?.key).not.toBe(failed?.key);
  });

  it("confirms a scheduled cancellation with the end of access, once per period", () => {
    const [scheduled] = billingEmailsFor(state(), state({ cancelAtPeriodEnd: true }), facts());
    expect(scheduled).toMatchObject({
      kind: "billing-cancel-scheduled",
      key: `billing.cancel-scheduled:sub_1:${periodEnd.toISOString()}`,
      payload: { planName: "Monthly", accessUntil: periodEnd.toISOString() },
    });
    expect(kinds(state({ cancelAtPeriodEnd: true }), state({ cancelAtPeriodEnd: true }))).toEqual([]);
    expect(kinds(null, state({ cancelAtPeriodEnd: true }))).toEqual(["billing-welcome", "billing-cancel-scheduled"]);
  });

  it("says when a subscription has ended, but not for one that never started", () => {
    expect(billingEmailsFor(state(), state({ status: "canceled" }), facts())).toEqual([
      { kind: "billing-ended", key: "billing.ended:sub_1", payload: { planName: "Monthly" } },
    ]);
    expect(kinds(state({ status: "past_due", pastDueSince: at("2026-12-24T00:00:00Z") }), state({ status: "canceled" }))).toEqual([
      "billing-ended",
    ]);
    expect(kinds(state({ status: "canceled" }), state({ status: "canceled" }))).toEqual([]);
    expect(kinds(state({ status: "incomplete" }), state({ status: "incomplete_expired" }))).toEqual([]);
    expect(kinds(null, state({ status: "canceled" }))).toEqual([]);
    // Ended by an account deletion: the account-deleted email says so instead.
    expect(kinds(state(), state({ status: "canceled" }), facts({ endedWithAccount: true }))).toEqual([]);
  });

  it("sends only the refund notice for a duplicate Dispatch canceled", () => {
    const refunded = { amount: 10000, currency: "usd" };
    for (const previous of [null, state()]) {
      expect(billingEmailsFor(previous, state({ status: "canceled" }), facts({ refunded }))).toEqual([
        { kind: "billing-duplicate-refunded", key: "billing.duplicate-refunded:sub_1", payload: { planName: "Monthly", ...refunded } },
      ]);
    }
  });
});

describe("accessEndsAt", () => {
  const policy = { now: at("2026-11-24T10:00:00Z"), pastDueGraceDays: 7 };

  it("asks the entitlement rules: grace after a failed renewal, period end after a cancellation", () => {
    const since = at("2026-11-20T08:30:00.250Z");
    expect(accessEndsAt(state({ status: "past_due", pastDueSince: since }), policy)).toEqual(new Date(since.getTime() + 7 * DAY));
    expect(accessEndsAt(state({ cancelAtPeriodEnd: true }), policy)).toEqual(periodEnd);
  });

  it("is null while nothing ends it, and now when access already ended", () => {
    expect(accessEndsAt(state(), policy)).toBeNull();
    expect(accessEndsAt(state({ status: "canceled" }), policy)).toEqual(policy.now);
    expect(accessEndsAt(state({ status: "past_due", pastDueSince: at("2026-11-01T00:00:00Z") }), policy)).toEqual(policy.now);
  });
});
