import { describe, expect, it } from "vitest";
import { editionFor, type BriefReader } from "@/lib/briefs/edition-for";
import type { SubscriptionSnapshot, SubscriptionStatus } from "@/lib/entitlements";

// Who gets the full brief, the free edition, or nothing: by the reader's own choice and the one
// access decision, with its grace period for failed renewals.

const now = new Date("2026-03-09T10:00:00Z");
const policy = { now, pastDueGraceDays: 7 };
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

function sub(status: SubscriptionStatus, extra: Partial<SubscriptionSnapshot> = {}): SubscriptionSnapshot {
  return { status, currentPeriodEnd: days(20), cancelAtPeriodEnd: false, pastDueSince: null, ...extra };
}

const reader = (subscriptions: SubscriptionSnapshot[], extra: Partial<BriefReader> = {}): BriefReader => ({
  id: "u1",
  role: "READER",
  subscriptions,
  briefPreference: { enabled: true },
  ...extra,
});

describe("editionFor", () => {
  it.each([
    ["active", [sub("active")], "full"],
    ["trialing", [sub("trialing")], "full"],
    ["cancelling at period end, period not over", [sub("active", { cancelAtPeriodEnd: true })], "full"],
    ["cancelling at period end, period over", [sub("active", { cancelAtPeriodEnd: true, currentPeriodEnd: days(-1) })], "free"],
    ["past due within the grace period", [sub("past_due", { pastDueSince: days(-3) })], "full"],
    ["past due beyond the grace period", [sub("past_due", { pastDueSince: days(-8) })], "free"],
    ["canceled", [sub("canceled")], "free"],
    ["unpaid", [sub("unpaid")], "free"],
    ["incomplete", [sub("incomplete")], "free"],
    ["never subscribed", [], "free"],
    ["an old canceled and a new active one", [sub("canceled"), sub("active")], "full"],
  ] as const)("%s → %s", (_label, subscriptions, expected) => {
    expect(editionFor(reader([...subscriptions]), policy)).toBe(expected);
  });

  it("sends staff the full brief, as they read everything", () => {
    expect(editionFor(reader([], { role: "EDITOR" }), policy)).toBe("full");
  });

  it("sends nothing to readers who never asked for it or stopped it, subscribed or not", () => {
    expect(editionFor(reader([sub("active")], { briefPreference: null }), policy)).toBeNull();
    expect(editionFor(reader([sub("active")], { briefPreference: { enabled: false } }), policy)).toBeNull();
    expect(editionFor(reader([], { briefPreference: { enabled: false } }), policy)).toBeNull();
  });
});
