import { describe, expect, it } from "vitest";
import { ANONYMOUS, getAccess, isInPaymentGracePeriod, type AccessLevel, type SubscriptionStatus, type Viewer } from "@/lib/entitlements";

const now = new Date("2026-11-24T12:00:00Z");
const policy = { now, pastDueGraceDays: 7 };
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);

function reader(
  status?: SubscriptionStatus,
  overrides: Partial<{ currentPeriodEnd: Date; cancelAtPeriodEnd: boolean; pastDueSince: Date | null }> = {},
): Viewer {
  return {
    kind: "user",
    userId: "u1",
    role: "READER",
    subscriptions: status
      ? [
          {
            status,
            currentPeriodEnd: days(20),
            cancelAtPeriodEnd: false,
            pastDueSince: status === "past_due" ? days(-2) : null,
            ...overrides,
          },
        ]
      : [],
  };
}

// The full matrix: every access level × anonymous / registered / subscriber in each Stripe status.
const viewers: Array<[string, Viewer, "subscriber" | "registered" | "anonymous"]> = [
  ["anonymous", ANONYMOUS, "anonymous"],
  ["registered, no subscription", reader(), "registered"],
  ["active", reader("active"), "subscriber"],
  ["trialing", reader("trialing"), "subscriber"],
  ["past_due within grace", reader("past_due"), "subscriber"],
  ["canceled", reader("canceled"), "registered"],
  ["incomplete", reader("incomplete"), "registered"],
  ["incomplete_expired", reader("incomplete_expired"), "registered"],
  ["unpaid", reader("unpaid"), "registered"],
  ["paused", reader("paused"), "registered"],
];

const expected: Record<"subscriber" | "registered" | "anonymous", Record<AccessLevel, string>> = {
  anonymous: { FREE: "allowed", REGISTERED: "sign-in", SUBSCRIBER: "subscribe" },
  registered: { FREE: "allowed", REGISTERED: "allowed", SUBSCRIBER: "subscribe" },
  subscriber: { FREE: "allowed", REGISTERED: "allowed", SUBSCRIBER: "allowed" },
};

describe("getAccess matrix", () => {
  for (const [name, viewer, kind] of viewers) {
    for (const access of ["FREE", "REGISTERED", "SUBSCRIBER"] as const) {
      it(`${name} × ${access} → ${expected[kind][access]}`, () => {
        const decision = getAccess(viewer, { access }, policy);
        expect(decision.allowed ? "allowed" : decision.reason).toBe(expected[kind][access]);
      });
    }
  }
});

describe("subscription edge cases", () => {
  it("past_due loses access once the grace period has run out", () => {
    const viewer = reader("past_due", { pastDueSince: days(-8) });
    expect(getAccess(viewer, { access: "SUBSCRIBER" }, policy)).toEqual({ allowed: false, reason: "subscribe" });
  });

  it("past_due keeps access until the last moment of the grace period", () => {
    const viewer = reader("past_due", { pastDueSince: new Date(days(-7).getTime() + 1) });
    expect(getAccess(viewer, { access: "SUBSCRIBER" }, policy).allowed).toBe(true);
    expect(isInPaymentGracePeriod(viewer, policy)).toBe(true);
  });

  it("the grace period is configurable, including none at all", () => {
    expect(getAccess(reader("past_due"), { access: "SUBSCRIBER" }, { now, pastDueGraceDays: 0 }).allowed).toBe(false);
  });

  it("cancel at period end keeps access until the period ends, not after", () => {
    const cancelling = reader("active", { cancelAtPeriodEnd: true, currentPeriodEnd: days(3) });
    expect(getAccess(cancelling, { access: "SUBSCRIBER" }, policy).allowed).toBe(true);
    const ended = reader("active", { cancelAtPeriodEnd: true, currentPeriodEnd: days(-1) });
    expect(getAccess(ended, { access: "SUBSCRIBER" }, policy).allowed).toBe(false);
  });

  it("one good subscription is enough when an older one was canceled", () => {
    const viewer: Viewer = {
      kind: "user",
      userId: "u1",
      role: "READER",
      subscriptions: [
        { status: "canceled", currentPeriodEnd: days(-30), cancelAtPeriodEnd: false, pastDueSince: null },
        { status: "active", currentPeriodEnd: days(30), cancelAtPeriodEnd: false, pastDueSince: null },
      ],
    };
    expect(getAccess(viewer, { access: "SUBSCRIBER" }, policy).allowed).toBe(true);
  });

  it("editors and admins read everything without a subscription", () => {
    for (const role of ["EDITOR", "ADMIN"] as const) {
      expect(getAccess({ ...reader(), role } as Viewer, { access: "SUBSCRIBER" }, policy).allowed).toBe(true);
    }
  });
});
