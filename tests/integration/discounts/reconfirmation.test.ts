import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { reconfirmAcademicAddress, runAcademicReconfirmation } from "@/lib/discounts/reconfirmation";
import { readOutbox } from "@/lib/email/outbox";
import { outboxDir } from "@/lib/email/transport";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe, subscribeMonthly } from "../support/app-with-stripe";
import { runDueJobs } from "../../support/jobs";
import { finish, issueCode } from "./support";

// The yearly re-confirmation of academic status, with real PostgreSQL and the Stripe stand-in.

let h: Harness;
const MONTH = 30 * 24 * 3600_000;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(() => finish(h));

/** A student who subscribed monthly with their code; returns their code and subscription. */
async function discountedStudent(name: string) {
  const user = await db.user.create({ data: { email: `${name}-${Date.now()}@example.edu`, emailVerified: new Date() } });
  const { code } = await issueCode(user.id, user.email);
  const { subscription } = await subscribeMonthly(h, user, { discounts: [{ promotion_code: code.stripePromotionCodeId! }] });
  await syncSubscription(subscription.id);
  return { user, code, subscriptionId: subscription.id };
}

const mailsTo = async (to: string) => (await readOutbox(outboxDir())).filter((m) => m.to.includes(to));

describe("yearly academic re-confirmation", () => {
  it("reminds a month ahead, and a confirmed student keeps the discount", async () => {
    const { code, subscriptionId } = await discountedStudent("keeper");
    expect((await db.discountCode.findUniqueOrThrow({ where: { id: code.id } })).status).toBe("redeemed");
    const soon = new Date(code.confirmedAt.getTime() + 11.5 * MONTH);
    await runAcademicReconfirmation(soon);
    await runDueJobs(["email.send"]);
    const reminder = (await mailsTo(code.email)).find((m) => /Confirm your academic address to keep/.test(m.subject));
    expect(reminder).toBeDefined();
    // Running again the same day sends no second reminder.
    await runAcademicReconfirmation(soon);
    await runDueJobs(["email.send"]);
    expect((await mailsTo(code.email)).filter((m) => /to keep/.test(m.subject))).toHaveLength(1);

    const token = new URL(reminder!.links[0]!).searchParams.get("token")!;
    expect(await reconfirmAcademicAddress(token, soon)).toBe("confirmed");
    expect(await reconfirmAcademicAddress(token, soon)).toBe("invalid-link");

    await runAcademicReconfirmation(new Date(code.confirmedAt.getTime() + 12.5 * MONTH));
    expect((await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId } })).discountPercentOff).toBe(50);
  });

  it("without confirmation the discount comes off the subscription at Stripe, and the reader is told", async () => {
    const { user, code, subscriptionId } = await discountedStudent("lapsed");
    const result = await runAcademicReconfirmation(new Date(code.confirmedAt.getTime() + 12.2 * MONTH));
    expect(result.removed).toBeGreaterThanOrEqual(1);
    await runDueJobs(["email.send"]);
    const atStripe = await h.stripe.subscriptions.retrieve(subscriptionId);
    expect(atStripe.discounts).toHaveLength(0);
    expect((await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId } })).discountPercentOff).toBeNull();
    expect((await mailsTo(user.email)).some((m) => /has ended/.test(m.subject))).toBe(true);
  });
});
