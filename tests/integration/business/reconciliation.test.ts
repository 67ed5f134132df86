import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { reconcileWithStripe } from "@/lib/business/reconcile";
import type { Difference } from "@/lib/business/reconcile-diff";
import { db } from "@/lib/db";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe, subscribeMonthly } from "../support/app-with-stripe";

// The nightly reconciliation compares the mirror with Stripe and reports what differs. The
// database is shared with other test files, so only this file's subscriptions are looked at.

let h: Harness;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(async () => {
  await h.close();
  await db.$disconnect();
});

async function subscribedReader(name: string) {
  const user = await db.user.create({ data: { email: `${name}-${Date.now()}@example.org`, emailVerified: new Date() } });
  const { subscription } = await subscribeMonthly(h, user);
  await syncSubscription(subscription.id);
  return subscription.id;
}

const about = (id: string, run: { differences: unknown }) => (run.differences as Difference[]).filter((d) => d.stripeSubscriptionId === id);

describe("reconciliation with Stripe", () => {
  it("finds a subscription changed at Stripe but not in the mirror, and nothing for one in step", async () => {
    const drifted = await subscribedReader("drifted");
    const inStep = await subscribedReader("in-step");
    expect(about(drifted, await reconcileWithStripe())).toEqual([]);

    // Changed at Stripe (say in its dashboard) and the webhook never arrived: the mirror is not synced.
    await h.stripe.subscriptions.update(drifted, { cancel_at_period_end: true });
    const run = await reconcileWithStripe();

    expect(run.finishedAt).not.toBeNull();
    expect(about(drifted, run)).toEqual([{ stripeSubscriptionId: drifted, field: "cancelAtPeriodEnd", mirror: "false", stripe: "true" }]);
    expect(about(inStep, run)).toEqual([]);
    // What the dashboard reads: the last finished run.
    const latest = await db.reconciliationRun.findFirst({ where: { finishedAt: { not: null } }, orderBy: { startedAt: "desc" } });
    expect(latest?.id).toBe(run.id);
  });

  it("reports a subscription Stripe has that the mirror lacks, and one the mirror has that Stripe lacks", async () => {
    const user = await db.user.create({ data: { email: `unmirrored-${Date.now()}@example.org`, emailVerified: new Date() } });
    const { subscription } = await subscribeMonthly(h, user);
    const ghost = await db.subscription.create({
      data: {
        userId: user.id,
        planId: (await db.plan.findUniqueOrThrow({ where: { slug: "monthly" } })).id,
        status: "active",
        currentPeriodEnd: new Date(Date.now() + 86_400_000),
        stripeSubscriptionId: `sub_ghost_${Date.now()}`,
        stripeCustomerId: "cus_ghost",
      },
    });
    const run = await reconcileWithStripe();
    expect(about(subscription.id, run)).toEqual([
      { stripeSubscriptionId: subscription.id, field: "presence", mirror: "missing", stripe: "active" },
    ]);
    expect(about(ghost.stripeSubscriptionId, run)).toEqual([
      { stripeSubscriptionId: ghost.stripeSubscriptionId, field: "presence", mirror: "active", stripe: "missing" },
    ]);
  });
});
