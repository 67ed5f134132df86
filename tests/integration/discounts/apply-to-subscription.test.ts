import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmAcademicEmail, requestAcademicEmailConfirmation } from "@/lib/discounts/academic-address";
import { issueCodeIfQualified } from "@/lib/discounts/issue-if-qualified";
import { readOutbox } from "@/lib/email/outbox";
import { outboxDir } from "@/lib/email/transport";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";
import { runDueJobs } from "../../support/jobs";
import { codesOf, emailsOf, finish, linkTokenFor, newReader, signIn, subscribed, uniqueLocal } from "./support";

// A reader who subscribed at full price and then proves an academic address pays the student
// price from the next renewal: the coupon goes onto their existing subscription at Stripe.

let h: Harness;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(() => finish(h));

// The last test moves the stand-in's clock a month on: tests that need today's date come first.
describe("academic discount for a reader who already pays full price", () => {
  it("concurrent attempts apply the discount once", async () => {
    const reader = await newReader(`${uniqueLocal("busy")}@example.edu`);
    const subscriptionId = await subscribed(h, reader);
    await Promise.all([issueCodeIfQualified(reader.id), issueCodeIfQualified(reader.id), issueCodeIfQualified(reader.id)]);
    expect((await h.stripe.subscriptions.retrieve(subscriptionId)).discounts).toHaveLength(1);
    expect(await codesOf(reader.id)).toHaveLength(1);
    expect(await emailsOf(reader.id, "academic-discount-applied")).toHaveLength(1);
  });
  it("confirming an academic address puts 50% on the subscription from the next renewal, recorded and told once", async () => {
    const reader = await newReader(`${uniqueLocal("fullprice")}@gmail.com`);
    const subscriptionId = await subscribed(h, reader);
    const academic = `${uniqueLocal("late")}@uni.ac.uk`;
    expect(await requestAcademicEmailConfirmation(reader.id, academic)).toBe("sent");
    expect(await confirmAcademicEmail(reader.id, await linkTokenFor(academic, /Confirm your academic address/))).toMatchObject({
      outcome: "confirmed",
    });

    const atStripe = await h.stripe.subscriptions.retrieve(subscriptionId, { expand: ["discounts.source.coupon"] });
    expect(atStripe.discounts).toHaveLength(1);
    expect(atStripe.discounts[0]).toMatchObject({ source: { coupon: { id: "dispatch_academic_50" } } });
    const [code] = await codesOf(reader.id);
    expect(code).toMatchObject({ email: academic, status: "redeemed" });
    expect(await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId } })).toMatchObject({
      discountPercentOff: 50,
      discountCode: code!.code,
    });

    // Asking again, signing in again: nothing more happens.
    await issueCodeIfQualified(reader.id);
    await signIn(reader.email);
    expect(await codesOf(reader.id)).toHaveLength(1);
    expect(await emailsOf(reader.id, "discount-code")).toHaveLength(0);
    expect(await emailsOf(reader.id, "academic-discount-applied")).toHaveLength(1);
    await runDueJobs(["email.send"]);
    const mail = (await readOutbox(outboxDir())).find((m) => m.to.includes(reader.email) && /student price/.test(m.subject));
    expect(mail?.text).toContain("next renewal");

    const periodEnd = atStripe.items.data[0]!.current_period_end;
    await h.standin.advanceClock(new Date((periodEnd + 3600) * 1000));
    const [renewal] = (await h.stripe.invoices.list({ subscription: subscriptionId, limit: 1 })).data;
    expect(renewal).toMatchObject({ billing_reason: "subscription_cycle", amount_paid: 500 });
  });
});
