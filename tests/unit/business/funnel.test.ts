import { describe, expect, it } from "vitest";
import { beaconSchema, conversionRate, funnelDay, mayCount, topConverting, type FunnelRow } from "@/lib/business/funnel";

const row = (title: string, impressions: number, subscriptions: number): FunnelRow => ({
  articleId: title.toLowerCase(),
  title,
  impressions,
  pricingClicks: 0,
  checkoutStarts: 0,
  subscriptions,
});

describe("the paywall funnel", () => {
  it("counts nobody who sends DNT: 1 or Sec-GPC: 1", () => {
    expect(mayCount(new Headers())).toBe(true);
    expect(mayCount(new Headers({ DNT: "0" }))).toBe(true);
    expect(mayCount(new Headers({ DNT: "1" }))).toBe(false);
    expect(mayCount(new Headers({ "Sec-GPC": "1" }))).toBe(false);
  });

  it("accepts only known events and id-shaped article ids", () => {
    expect(beaconSchema.safeParse({ e: "impression", a: "cm0abc1230000xyz" }).success).toBe(true);
    expect(beaconSchema.safeParse({ e: "purchase", a: "cm0abc1230000xyz" }).success).toBe(false);
    expect(beaconSchema.safeParse({ e: "pricing", a: "x'; DROP TABLE" }).success).toBe(false);
    expect(beaconSchema.safeParse({ e: "pricing" }).success).toBe(false);
  });

  it("files counts under the UTC day", () => {
    expect(funnelDay(new Date("2026-11-26T23:59:59Z")).toISOString()).toBe("2026-11-26T00:00:00.000Z");
  });

  it("ranks articles by the subscribers they brought, then by conversion rate", () => {
    const rows = [row("Seen a lot", 1000, 2), row("Converts well", 10, 2), row("Best", 500, 5), row("Nothing yet", 800, 0)];
    expect(topConverting(rows).map((r) => r.title)).toEqual(["Best", "Converts well", "Seen a lot"]);
    expect(conversionRate(row("x", 0, 1))).toBeNull();
    expect(conversionRate(row("x", 50, 1))).toBe(0.02);
  });
});
