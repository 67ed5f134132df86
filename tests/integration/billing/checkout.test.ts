import type { Plan, User } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureStripeCustomer, startCheckout } from "@/lib/billing/checkout";
import { db } from "@/lib/db";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe, subscribeMonthly } from "../support/app-with-stripe";

// A reader can't start paying for a second subscription: checkout is refused while one is live
// (at Stripe, even before its webhook arrives), and a reader has at most one open Checkout
// Session, whatever the tabs and double clicks.

let h: Harness;
let monthly: Plan;
let yearly: Plan;

beforeAll(async () => {
  h = await startAppWithStripe();
  monthly = await db.plan.findUniqueOrThrow({ where: { slug: "monthly" } });
  yearly = await db.plan.findUniqueOrThrow({ where: { slug: "yearly" } });
});

afterAll(async () => {
  await h.close();
  await db.$disconnect();
});

let n = 0;
const newReader = () => db.user.create({ data: { email: `checkout-${Date.now()}-${++n}@example.org`, emailVerified: new Date() } });
const start = (user: User, plan: Plan, returnTo = "/") => startCheckout(user, plan, { returnTo }, { db, stripe: h.stripe });
const openSessions = async (user: User) =>
  (await h.stripe.checkout.sessions.list({ customer: await ensureStripeCustomer(user), status: "open", limit: 100 })).data;
const urlOf = (result: Awaited<ReturnType<typeof start>>) => (result.outcome === "checkout" ? result.url : null);

describe("starting a checkout", () => {
  it("is refused while the reader has a live subscription at Stripe, before its webhook arrived", async () => {
    const user = await newReader();
    await subscribeMonthly(h, user);
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);
    expect(await start(user, yearly)).toEqual({ outcome: "already-subscribed" });
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
    expect(await start(user, monthly)).toEqual({ outcome: "already-subscribed" });
  });

  it("reuses the open session for the same plan and expires it when the reader picks the other plan", async () => {
    const user = await newReader();
    const first = urlOf(await start(user, monthly));
    expect(first).toMatch(/\/c\/pay\/cs_test_/);
    expect(urlOf(await start(user, monthly))).toBe(first);
    const other = urlOf(await start(user, yearly));
    expect(other).not.toBe(first);
    const open = await openSessions(user);
    expect(open.map((s) => s.url)).toEqual([other]);
    expect((await h.stripe.checkout.sessions.retrieve(first!.split("/").at(-1)!)).status).toBe("expired");
  });

  it("leaves one open session when twenty requests for both plans arrive at once", async () => {
    const user = await newReader();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => start(user, i % 2 ? yearly : monthly)));
    expect(results.every((r) => r.outcome === "checkout")).toBe(true);
    expect(await openSessions(user)).toHaveLength(1);
  });
});
