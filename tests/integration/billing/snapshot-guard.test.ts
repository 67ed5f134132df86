import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCompletedCheckout } from "@/lib/billing/checkout-return";
import { handleStripeEvent } from "@/lib/billing/webhook";
import { db } from "@/lib/db";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe, subscribeMonthly } from "../support/app-with-stripe";

// "An older snapshot never overwrites a newer one", through the real sync path: the checkout
// return page reads the subscription from Stripe, then a webhook about a later change is
// processed before that page's (slower) sync writes, including when neither has inserted the
// mirror row yet.

let h: Harness;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(async () => {
  await h.close();
  await db.$disconnect();
});

/** A Stripe client whose subscription reads come back from Stripe now but reach the caller only when released. */
function slowStripe() {
  const stripe = new Stripe("sk_test_slow", { host: "127.0.0.1", port: h.standin.port, protocol: "http", maxNetworkRetries: 0 });
  const original = stripe.subscriptions.retrieve.bind(stripe.subscriptions);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let markRead!: () => void;
  const read = new Promise<void>((resolve) => (markRead = resolve));
  stripe.subscriptions.retrieve = (async (...args: Parameters<typeof original>) => {
    const snapshot = await original(...args);
    markRead();
    await released;
    return snapshot;
  }) as typeof original;
  return { stripe, read, release };
}

describe("the newer-snapshot guard", () => {
  it("keeps a webhook's newer state when the checkout return page's older read lands later, on the first insert", async () => {
    const user = await db.user.create({ data: { email: `guard-${Date.now()}@example.org`, emailVerified: new Date() } });
    const { session, subscription } = await subscribeMonthly(h, user, {
      success_url: "http://app.test/ok?session_id={CHECKOUT_SESSION_ID}",
    });
    expect(await db.subscription.findUnique({ where: { stripeSubscriptionId: subscription.id } })).toBeNull();

    // The return page reads the subscription (not yet canceling) and is held before it writes.
    const slow = slowStripe();
    const returnPage = getCompletedCheckout(session.id, user.id, { db, stripe: slow.stripe });
    await slow.read;

    // Meanwhile the reader cancels in the portal and that webhook is processed first.
    await h.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    const updated = await h.receiver.waitFor("customer.subscription.updated", (e) => e.data.object.id === subscription.id);
    expect(await handleStripeEvent(updated, { db, stripe: h.stripe })).toBe("processed");
    expect(await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscription.id } })).toMatchObject({
      cancelAtPeriodEnd: true,
    });

    slow.release();
    const shown = await returnPage;
    expect(shown).toMatchObject({ cancelAtPeriodEnd: true, status: "active" });
    expect(await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscription.id } })).toMatchObject({
      cancelAtPeriodEnd: true,
    });
  });

  it("lets a newer read overwrite an older row", async () => {
    const user = await db.user.create({ data: { email: `guard2-${Date.now()}@example.org`, emailVerified: new Date() } });
    const { session, subscription } = await subscribeMonthly(h, user, {
      success_url: "http://app.test/ok?session_id={CHECKOUT_SESSION_ID}",
    });
    expect(await getCompletedCheckout(session.id, user.id, { db, stripe: h.stripe })).toMatchObject({ cancelAtPeriodEnd: false });
    await h.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    expect(await getCompletedCheckout(session.id, user.id, { db, stripe: h.stripe })).toMatchObject({ cancelAtPeriodEnd: true });
  });
});
