import { describe, expect, it } from "vitest";
import { ANONYMOUS, type SubscriptionSnapshot, type Viewer } from "@/lib/entitlements";
import { readingClass } from "@/lib/http/reading-class";

// The class decides which shared copy of a reading page a signed-in reader gets: it must cover
// everything a reading page varies on, or one reader would get another's page.

const now = new Date("2026-11-26T12:00:00Z");
const policy = { now, pastDueGraceDays: 7 };
const day = 86_400_000;
const sub = (overrides: Partial<SubscriptionSnapshot>): SubscriptionSnapshot => ({
  status: "active",
  currentPeriodEnd: new Date(now.getTime() + 10 * day),
  cancelAtPeriodEnd: false,
  pastDueSince: null,
  ...overrides,
});
const user = (subscriptions: SubscriptionSnapshot[], role: "READER" | "EDITOR" | "ADMIN" = "READER"): Viewer => ({
  kind: "user",
  userId: "u1",
  role,
  subscriptions,
});

describe("readingClass", () => {
  it("puts entitled readers with the subscribers and the rest with free readers", () => {
    expect(readingClass(user([sub({})]), policy)).toBe("subscriber");
    expect(readingClass(user([sub({ status: "trialing" })]), policy)).toBe("subscriber");
    expect(readingClass(user([]), policy)).toBe("reader");
    expect(readingClass(user([sub({ status: "canceled" })]), policy)).toBe("reader");
    expect(readingClass(user([sub({ cancelAtPeriodEnd: true, currentPeriodEnd: new Date(now.getTime() - 1) })]), policy)).toBe("reader");
    expect(readingClass(user([sub({ status: "past_due", pastDueSince: new Date(now.getTime() - 8 * day) })]), policy)).toBe("reader");
  });

  it("gives staff (Desk link, everything readable), payment-grace readers (banner) and anonymous no shared class", () => {
    expect(readingClass(user([], "EDITOR"), policy)).toBeNull();
    expect(readingClass(user([sub({})], "ADMIN"), policy)).toBeNull();
    expect(readingClass(user([sub({ status: "past_due", pastDueSince: new Date(now.getTime() - day) })]), policy)).toBeNull();
    expect(readingClass(ANONYMOUS, policy)).toBeNull();
  });
});
