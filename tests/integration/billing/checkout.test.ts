import type { Plan, User } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureStripeCustomer, startCheckout } from "@/lib/billing/checkout";
import { db } from "@/lib/db";
import { billingBackends, plan, reportSkippedTestMode, type BillingBackend } from "../support/billing-backends";

// A reader can't start paying for a second subscription: checkout is refused while one is live
// (at Stripe, even before its webhook arrives), and a reader has at most one open Checkout
// Session, whatever the tabs and double clicks. Part of the contract suite.

reportSkippedTestMode();
afterAll(() => db.$disconnect());

let n = 0;
const newReader = () => db.user.create({ data: { email: `checkout-${Date.now()}-${++n}@example.org`, emailVerified: new Date() } });

describe.each(billingBackends())("starting a checkout, against $name", ({ start }) => {
  let b: BillingBackend;
  let monthly: Plan;
  let yearly: Plan;

  beforeAll(async () => {
    b = await start();
    [monthly, yearly] = await Promise.all([plan("monthly"), plan("yearly")]);
  });
  afterAll(() => b.close());

  const checkout = (user: User, which: Plan) => startCheckout(user, which, { returnTo: "/" }, b.deps);
  const urlOf = (result: Awaited<ReturnType<typeof checkout>>) => (result.outcome === "checkout" ? result.url : null);
  const openSessions = async (user: User) =>
    (await b.stripe.checkout.sessions.list({ customer: await ensureStripeCustomer(user, b.deps), status: "open", limit: 100 })).data;

  it("is refused while the reader has a live subscription at Stripe, before its webhook arrived", async () => {
    const user = await newReader();
    await b.subscribe(user, "monthly");
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);
    expect(await checkout(user, yearly)).toEqual({ outcome: "already-subscribed" });
    expect(await openSessions(user)).toHaveLength(0);
  });

  it("is refused while our mirror has a subscription that can still bill, even one without access", async () => {
    const user = await newReader();
    await db.subscription.create({
      data: {
        userId: user.id,
        planId: monthly.id,
        status: "unpaid",
        currentPeriodEnd: new Date(Date.now() - 86_400_000),
        stripeSubscriptionId: `sub_mirror_${user.id}`,
        stripeCustomerId: "cus_mirror",
      },
    });
    expect(await checkout(user, monthly)).toEqual({ outcome: "already-subscribed" });
  });

  it("reuses the open session for the same plan and expires it when the reader picks the other plan", async () => {
    const user = await newReader();
    const first = urlOf(await checkout(user, monthly));
    expect(first).toBeTruthy();
    expect(urlOf(await checkout(user, monthly))).toBe(first);
    const other = urlOf(await checkout(user, yearly));
    expect(other).not.toBe(first);
    const open = await openSessions(user);
    expect(open.map((s) => s.url)).toEqual([other]);
    const expired = await b.stripe.checkout.sessions.list({ customer: open[0]!.customer as string, status: "expired" });
    expect(expired.data.map((s) => s.metadata?.planSlug)).toEqual(["monthly"]);
  });

  it("leaves one open session when twenty requests for both plans arrive at once", async () => {
    const user = await newReader();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => checkout(user, i % 2 ? yearly : monthly)));
    expect(results.every((r) => r.outcome === "checkout")).toBe(true);
    expect(await openSessions(user)).toHaveLength(1);
  });
});
