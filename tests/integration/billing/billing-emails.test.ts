import type { User } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/account-data";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { readOutbox } from "@/lib/email/outbox";
import { outboxDir } from "@/lib/email/transport";
import { formatDate } from "@/lib/format";
import { billingBackends, reportSkippedTestMode, type BillingBackend } from "../support/billing-backends";
import { runDueJobs } from "../../support/jobs";

// The billing emails a reader gets, each once per event however often the sync runs, sent by
// the worker's own job handlers into the outbox. Part of the contract suite.

reportSkippedTestMode();
afterAll(() => db.$disconnect());

let n = 0;
const newReader = () => db.user.create({ data: { email: `mail-${Date.now()}-${++n}@example.org`, emailVerified: new Date() } });
const mailsTo = async (user: User, subject: RegExp) => {
  await runDueJobs(["email.send"]);
  return (await readOutbox(outboxDir())).filter((m) => m.to.includes(user.email) && subject.test(m.subject));
};

describe.each(billingBackends())("billing emails, against $name", ({ start }) => {
  let b: BillingBackend;
  beforeAll(async () => {
    b = await start();
  });
  afterAll(() => b.close());

  it("welcome, cancellation scheduled, then ended: each once, with the facts of the moment", async () => {
    const user = await newReader();
    const subscription = await b.subscribe(user, "yearly");
    await syncSubscription(subscription.id, b.deps);
    await syncSubscription(subscription.id, b.deps);
    const row = await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscription.id } });
    const [welcome, ...moreWelcomes] = await mailsTo(user, /^Welcome to /);
    expect(moreWelcomes).toHaveLength(0);
    expect(welcome?.text).toContain("Your Yearly plan is active: $100 a year.");
    expect(welcome?.text).toContain(`It renews on ${formatDate(row.currentPeriodEnd)}.`);

    await b.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    await Promise.all([1, 2].map(() => syncSubscription(subscription.id, b.deps)));
    const canceling = await mailsTo(user, /won't renew/);
    expect(canceling).toHaveLength(1);
    expect(canceling[0]?.text).toContain(`You keep reading until ${formatDate(row.currentPeriodEnd)}.`);

    await b.stripe.subscriptions.cancel(subscription.id);
    await syncSubscription(subscription.id, b.deps);
    await syncSubscription(subscription.id, b.deps);
    expect(await mailsTo(user, /subscription has ended/)).toHaveLength(1);
  });

  it("tells a deleted reader their account is gone and their subscription canceled, and nothing else", async () => {
    const user = await newReader();
    const subscription = await b.subscribe(user, "monthly");
    await syncSubscription(subscription.id, b.deps);
    // The cancellation's webhook is processed while the deletion is still under way.
    const stripe = Object.create(b.stripe) as typeof b.stripe;
    stripe.subscriptions = Object.create(b.stripe.subscriptions) as typeof b.stripe.subscriptions;
    stripe.subscriptions.cancel = async (...args: Parameters<typeof b.stripe.subscriptions.cancel>) => {
      const canceled = await b.stripe.subscriptions.cancel(...args);
      await syncSubscription(canceled.id, b.deps);
      return canceled;
    };
    await deleteAccount(user.id, { db, stripe });
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect((await b.stripe.subscriptions.retrieve(subscription.id)).status).toBe("canceled");
    const [goodbye, ...more] = await mailsTo(user, /account has been deleted/);
    expect(more).toHaveLength(0);
    expect(goodbye?.text).toContain("Your subscription was canceled first, so you won't be charged again.");
    // The welcome queued before the deletion, and the end of the subscription, are not sent to a deleted account.
    expect(await mailsTo(user, /^Welcome|has ended/)).toHaveLength(0);
  });
});
