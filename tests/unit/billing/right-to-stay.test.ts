import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { byRightToStay } from "@/lib/billing/duplicate-subscriptions";

// Which of a reader's two live subscriptions stays when Stripe holds both.
const sub = (id: string, created: number, userId?: string) =>
  ({ id, created, metadata: userId ? { userId } : {} }) as unknown as Stripe.Subscription;
const kept = (...subs: Stripe.Subscription[]) => [...subs].sort(byRightToStay)[0]!.id;

describe("byRightToStay", () => {
  it("keeps the older subscription, whoever made it", () => {
    expect(kept(sub("sub_b", 1_000, "u1"), sub("sub_a", 999))).toBe("sub_a");
    expect(kept(sub("sub_a", 1_001), sub("sub_b", 1_000, "u1"))).toBe("sub_b");
  });

  it("within one second keeps the one made through our checkout, whatever the ids", () => {
    // Stripe's timestamps are whole seconds: a dashboard subscription can share its second with ours.
    expect(kept(sub("sub_a", 1_000), sub("sub_z", 1_000, "u1"))).toBe("sub_z");
    expect(kept(sub("sub_z", 1_000, "u1"), sub("sub_a", 1_000))).toBe("sub_z");
  });

  it("between two alike in the same second keeps the lower id, so concurrent syncs agree", () => {
    expect(kept(sub("sub_b", 1_000, "u1"), sub("sub_a", 1_000, "u1"))).toBe("sub_a");
    expect(kept(sub("sub_b", 1_000), sub("sub_a", 1_000))).toBe("sub_a");
  });
});
