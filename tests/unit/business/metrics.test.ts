import { describe, expect, it } from "vitest";
import {
  academicFigures,
  byPlan,
  churnRate,
  monthlyRevenue,
  mrr,
  revenueByRegion,
  weekly,
  weekStart,
  type SubscriptionGroup,
} from "@/lib/business/metrics";

// The arithmetic on subscriptions grouped by PostgreSQL. Which subscriptions count and in which
// bucket (the access decision, ended discounts, never-paid checkouts) is decided in SQL and tested
// against 100,000 generated subscriptions in tests/integration/business/business-figures.test.ts.

const now = new Date("2026-11-26T12:00:00Z"); // a Thursday

function group(overrides: Partial<SubscriptionGroup> = {}): SubscriptionGroup {
  return {
    planSlug: "monthly",
    planName: "Monthly",
    interval: "month",
    amount: 1200,
    bucket: "active",
    discountPercentOff: null,
    academic: false,
    region: null,
    count: 1,
    ...overrides,
  };
}

const yearly = { planSlug: "yearly", planName: "Yearly", interval: "year" as const, amount: 12000 };

describe("monthly revenue", () => {
  it("counts a monthly plan at its price, a yearly plan at a twelfth, and applies a running discount", () => {
    expect(monthlyRevenue(group())).toBe(1200);
    expect(monthlyRevenue(group(yearly))).toBe(1000);
    expect(monthlyRevenue(group({ ...yearly, discountPercentOff: 50 }))).toBe(500);
    expect(monthlyRevenue(group({ discountPercentOff: 25 }))).toBe(900);
  });
});

describe("MRR and plans", () => {
  const groups = [
    group({ count: 3 }), // 3 × 1200
    group({ ...yearly, discountPercentOff: 50 }), // 500
    group({ bucket: "canceling" }), // still paying until the period ends: 1200
    group({ bucket: "past-due-in-grace", count: 2 }), // 2 × 1200
    group({ bucket: "trialing", count: 5 }), // no revenue yet
  ];

  it("sums what paying subscriptions bring in per month, each group times its count", () => {
    expect(mrr(groups)).toBe(3600 + 500 + 1200 + 2400);
  });

  it("breaks counts and MRR down by plan", () => {
    expect(byPlan(groups).map((r) => [r.planSlug, r.counts, r.mrr])).toEqual([
      ["monthly", { active: 3, trialing: 5, "past-due-in-grace": 2, canceling: 1 }, 7200],
      ["yearly", { active: 1, trialing: 0, "past-due-in-grace": 0, canceling: 0 }, 500],
    ]);
  });
});

describe("weekly movement", () => {
  it("starts weeks on Monday UTC", () => {
    expect(weekStart(now).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("lays the counted weeks over the last twelve, oldest first, quiet weeks at zero", () => {
    const rows = weekly(
      [
        { weekStart: new Date("2026-11-23T00:00:00Z"), new: 2, canceled: 1 },
        { weekStart: new Date("2026-11-16T00:00:00Z"), new: 0, canceled: 1 },
        { weekStart: new Date("2026-05-04T00:00:00Z"), new: 9, canceled: 0 }, // before the 12 weeks
      ],
      now,
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]!.weekStart.toISOString()).toBe("2026-09-07T00:00:00.000Z");
    expect(rows[11]).toMatchObject({ new: 2, canceled: 1, net: 1 });
    expect(rows[10]).toMatchObject({ new: 0, canceled: 1, net: -1 });
    expect(rows.slice(0, 10).every((r) => r.new === 0 && r.canceled === 0 && r.net === 0)).toBe(true);
  });
});

describe("churn", () => {
  it("divides subscriptions ended in the window by those live at its start", () => {
    expect(churnRate({ atStart: 3, ended: 1 })).toBeCloseTo(1 / 3);
  });

  it("has no rate without subscribers", () => {
    expect(churnRate({ atStart: 0, ended: 0 })).toBeNull();
  });
});

describe("academic figures and regions", () => {
  const groups = [
    group(),
    group({ academic: true, discountPercentOff: 50, region: "Africa" }),
    group({ academic: true, bucket: "trialing" }),
    group({ region: "Africa" }),
    group({ region: "Asia" }),
    group({ region: "Asia", bucket: "trialing" }),
  ];

  it("counts active students and their share of revenue", () => {
    expect(academicFigures(groups, { issued: 5, redeemed: 2 })).toEqual({
      codesIssued: 5,
      codesRedeemed: 2,
      activeStudents: 2,
      revenueShare: 600 / 4200,
    });
  });

  it("sums MRR by the region of the converting article, paying subscribers only", () => {
    expect(revenueByRegion(groups)).toEqual([
      { region: "Africa", mrr: 1800, subscribers: 2 },
      { region: "Asia", mrr: 1200, subscribers: 1 },
    ]);
  });
});
