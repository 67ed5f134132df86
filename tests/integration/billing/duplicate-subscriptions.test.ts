import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { handleStripeEvent } from "@/lib/billing/webhook";
import { db } from "@/lib/db";
import { billingBackends, reportSkippedTestMode, type BillingBackend } from "../support/billing-backends";

// The safety net behind the checkout rules: should Stripe ever hold two live subscriptions for
// one reader, the newer is canceled at once and refunded in full, the reader is emailed and the
// admins' audit log says so, once, however the webhooks arrive. Part of the contract suite.

reportSkippedTestMode();
afterAll(() => db.$disconnect());

let n = 0;
const newReader = () => db.user.create({ data: { email: `twice-${Date.now()}-${++n}@example.org`, emailVerified: new Date() } });

describe.each(billingBackends())("a second live subscription, against $name", ({ start }) => {
  let b: BillingBackend;
  beforeAll(async () => {
    b = await start();
  });
  afterAll(() => b.close());

  async function refunded(subscriptionId: string): Promise<number> {
    let total = 0;
    for await (const invoice of b.stripe.invoices.list({ subscription: subscriptionId })) {
      for await (const payment of b.stripe.invoicePayments.list({ invoice: invoice.id! })) {
        const paymentIntent = payment.payment.payment_intent as string | undefined;
        if (!paymentIntent) continue;
        for await (const refund of b.stripe.refunds.list({ payment_intent: paymentIntent })) total += refund.amount;
      }
    }
    return total;
  }

  /** Stripe and our mirror agree: the first subscription lives, the second is canceled and fully refunded, reported once. */
  async function expectResolved(user: { id: string; email: string }, first: Stripe.Subscription, second: Stripe.Subscription) {
    expect((await b.stripe.subscriptions.retrieve(first.id)).status).toBe("active");
    expect((await b.stripe.subscriptions.retrieve(second.id)).status).toBe("canceled");
    const price = (await db.plan.findUniqueOrThrow({ where: { stripePriceId: second.items.data[0]!.price.id } })).amount;
    expect(await refunded(second.id)).toBe(price);
    expect(await refunded(first.id)).toBe(0);
    const rows = await db.subscription.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(Object.fromEntries(rows.map((r) => [r.stripeSubscriptionId, r.status]))).toMatchObject({ [second.id]: "canceled" });
    const emails = await db.emailMessage.findMany({ where: { userId: user.id, kind: { startsWith: "billing-" } } });
    const refundEmails = emails.filter((e) => e.kind === "billing-duplicate-refunded");
    expect(refundEmails).toHaveLength(1);
    expect(refundEmails[0]!.payload).toMatchObject({ amount: price });
    expect(emails.filter((e) => e.kind === "billing-ended")).toHaveLength(0);
    expect(emails.filter((e) => e.kind === "billing-welcome" && e.key.includes(second.id))).toHaveLength(0);
    expect(await db.auditLog.count({ where: { action: "billing.duplicate-subscription-refunded", subject: user.email } })).toBe(1);
  }

  it("cancels and refunds the newer one when its webhook arrives, however often it is delivered", async () => {
    const user = await newReader();
    const first = await b.subscribe(user, "monthly");
    expect((await syncSubscription(first.id, b.deps)).outcome).toBe("synced");
    await b.nextSecond();
    const second = await b.subscribe(user, "yearly");
    const created = await b.eventAbout("customer.subscription.created", second.id);
    const outcomes = await Promise.all([1, 2, 3].map(() => handleStripeEvent(created, b.deps)));
    expect(outcomes.sort()).toEqual(["duplicate", "duplicate", "processed"]);
    // Stripe's own webhooks about the cancellation and the refund follow; they change nothing more.
    await syncSubscription(second.id, b.deps);
    await expectResolved(user, first, second);
  });

  it("catches the newer one when the older one's sync finds it first", async () => {
    const user = await newReader();
    const first = await b.subscribe(user, "monthly");
    await b.nextSecond();
    const second = await b.subscribe(user, "monthly");
    await syncSubscription(first.id, b.deps);
    await expectResolved(user, first, second);
  });

  it("resolves it once when both subscriptions are synced at the same time, repeatedly", async () => {
    const user = await newReader();
    const first = await b.subscribe(user, "yearly");
    await b.nextSecond();
    const second = await b.subscribe(user, "monthly");
    await Promise.all([first.id, second.id, second.id, first.id].map((id) => syncSubscription(id, b.deps)));
    await expectResolved(user, first, second);
  });
});
