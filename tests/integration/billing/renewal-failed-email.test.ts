import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureStripeCustomer } from "@/lib/billing/checkout";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { readOutbox } from "@/lib/email/outbox";
import { outboxDir } from "@/lib/email/transport";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { subscribe, type Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";
import { runDueJobs } from "../../support/jobs";

// A failed renewal needs the stand-in's clock (real Stripe test clocks are not driven here).

let h: Harness;
beforeAll(async () => {
  h = await startAppWithStripe();
});
afterAll(async () => {
  await h.close();
  await db.$disconnect();
});

describe("a failed renewal", () => {
  it("tells the reader once until when they keep reading", async () => {
    const user = await db.user.create({ data: { email: `renewal-${Date.now()}@example.org`, emailVerified: new Date() } });
    const customer = (await h.stripe.customers.retrieve(await ensureStripeCustomer(user))) as Stripe.Customer;
    const monthly = await db.plan.findUniqueOrThrow({ where: { slug: "monthly" } });
    const price = await h.stripe.prices.retrieve(monthly.stripePriceId!);
    const { subscription } = await subscribe(h, customer, price, "4000 0000 0000 0341", { metadata: { userId: user.id } });
    await syncSubscription(subscription.id);

    await h.standin.advanceClock(new Date(subscription.items.data[0]!.current_period_end * 1000 + 60_000));
    await Promise.all([1, 2].map(() => syncSubscription(subscription.id)));
    const row = await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscription.id } });
    expect(row.status).toBe("past_due");

    await runDueJobs(["email.send"]);
    const mails = (await readOutbox(outboxDir())).filter((m) => m.to.includes(user.email) && /payment didn't go through/.test(m.subject));
    expect(mails).toHaveLength(1);
    const lastDay = new Date(row.pastDueSince!.getTime() + getEnv().PAST_DUE_GRACE_DAYS * 86_400_000);
    expect(mails[0]?.text).toContain(`You keep reading until ${formatDate(lastDay)}.`);
  });
});
