import { describe, expect, it } from "vitest";
import {
  academicFigures,
  byPlan,
  churnRate,
  monthlyRevenue,
  mrr,
  revenueByRegion,
  statusBucket,
  weekly,
  weekStart,
  type SubscriptionFact,
} from "@/lib/business/metrics";

const now = new Date("2026-11-26T12:00:00Z"); // a Thursday
const policy = { now, pastDueGraceDays: 7 };
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);

function sub(overrides: Partial<SubscriptionFact> = {}): SubscriptionFact {
  return {
    planSlug: "monthly",
    planName: "Monthly",
    interval: "month",
    amount: 1200,
    status: "active",
    currentPeriodEnd: days(20),
    cancelAtPeriodEnd: false,
    pastDueSince: null,
    discountPercentOff: null,
    discountEndsAt: null,
    createdAt: days(-100),
    endedAt: null,
    academic: false,
    region: null,
    ...overrides,
  };
}

const yearly = { planSlug: "yearly", planName: "Yearly", interval: "year" as const, amount: 12000 };

describe("monthly revenue", () => {
  it("counts a monthly plan at its price, a yearly plan at a twelfth, and applies a running discount", () => {
    expect(monthlyRevenue(sub(), now)).toBe(1200);
    expect(monthlyRevenue(sub(yearly), now)).toBe(1000);
    expect(monthlyRevenue(sub({ ...yearly, discountPercentOff: 50 }), now)).toBe(500);
    expect(monthlyRevenue(sub({ discountPercentOff: 25, discountEndsAt: days(5) }), now)).toBe(900);
  });

  it("ignores a discount that has ended", () => {
    expect(monthlyRevenue(sub({ discountPercentOff: 50, discountEndsAt: days(-1) }), now)).toBe(1200);
  });
});

describe("MRR and status buckets", () => {
  const subs = [
    sub(), // 1200
    sub({ ...yearly, discountPercentOff: 50 }), // 500
    sub({ cancelAtPeriodEnd: true }), // canceling, still paying until the period ends: 1200
    sub({ cancelAtPeriodEnd: true, currentPeriodEnd: days(-1) }), // period over: not counted
    sub({ status: "past_due", pastDueSince: days(-2) }), // in grace: 1200
    sub({ status: "past_due", pastDueSince: days(-10) }), // beyond grace: not counted
    sub({ status: "trialing" }), // no revenue yet
    sub({ status: "canceled", endedAt: days(-3) }),
    sub({ status: "incomplete" }),
    sub({ status: "unpaid" }),
  ];

  it("sums what paying subscriptions bring in per month", () => {
    expect(mrr(subs, policy)).toBe(1200 + 500 + 1200 + 1200);
  });

  it("buckets live subscriptions the way the access decision sees them", () => {
    expect(subs.map((s) => statusBucket(s, policy))).toEqual([
      "active",
      "active",
      "canceling",
      null,
      "past-due-in-grace",
      null,
      "trialing",
      null,
      null,
      null,
    ]);
  });

  it("breaks counts and MRR down by plan", () => {
    const rows = byPlan(subs, policy);
    expect(rows.map((r) => [r.planSlug, r.counts, r.mrr])).toEqual([
      ["monthly", { active: 1, trialing: 1, "past-due-in-grace": 1, canceling: 1 }, 3600],
      ["yearly", { active: 1, trialing: 0, "past-due-in-grace": 0, canceling: 0 }, 500],
    ]);
  });
});

describe("weekly movement", () => {
  it("starts weeks on Monday UTC", () => {
    expect(weekStart(now).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("counts new and ended subscriptions in their week, oldest week first", () => {
    const rows = weekly(
      [
        sub({ createdAt: days(-1) }),
        sub({ createdAt: days(-2), status: "canceled", endedAt: days(-1) }),
        sub({ createdAt: days(-200), status: "canceled", endedAt: days(-8) }),
        sub({ createdAt: days(-1), status: "incomplete_expired", endedAt: days(0) }), // never paid
        sub({ createdAt: days(-200) }), // before the 12 weeks
      ],
      now,
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]!.weekStart.toISOString()).toBe("2026-09-07T00:00:00.000Z");
    expect(rows[11]).toMatchObject({ new: 2, canceled: 1, net: 1 });
    expect(rows[10]).toMatchObject({ new: 0, canceled: 1, net: -1 });
    expect(rows.slice(0, 10).every((r) => r.new === 0 && r.canceled === 0)).toBe(true);
  });
});

describe("churn", () => {
  it("divides subscriptions ended in the last 30 days by those live at the window's start", () => {
    const subs = [
      sub(),
      sub(),
      sub({ status: "canceled", endedAt: days(-5) }),
      sub({ status: "canceled", endedAt: days(-60) }), // gone before the window
      sub({ createdAt: days(-3) }), // joined during the window
    ];
    expect(churnRate(subs, now)).toBeCloseTo(1 / 3);
  });

  it("has no rate without subscribers", () => {
    expect(churnRate([], now)).toBeNull();
  });
});

describe("academic figures and regions", () => {
  const subs = [
    sub(),
    sub({ academic: true, discountPercentOff: 50, region: "Africa" }),
    sub({ region: "Africa" }),
    sub({ region: "Asia" }),
  ];

  it("counts active students and their share of revenue", () => {
    expect(academicFigures(subs, { issued: 5, redeemed: 2 }, policy)).toEqual({
      codesIssued: 5,
      codesRedeemed: 2,
      activeStudents: 1,
      revenueShare: 600 / 4200,
    });
  });

  it("sums MRR by the region of the converting article", () => {
    expect(revenueByRegion(subs, policy)).toEqual([
      { region: "Africa", mrr: 1800, subscribers: 2 },
      { region: "Asia", mrr: 1200, subscribers: 1 },
    ]);
  });
});
