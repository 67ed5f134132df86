import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueCodeIfQualified } from "@/lib/discounts/issue-if-qualified";
import { grantCodeByHand, revokeCodeAsStaff } from "@/lib/discounts/staff";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";
import { runDueJobs } from "../../support/jobs";
import { codesOf, emailsOf, finish, newAdmin, signIn, subscribed, uniqueLocal } from "./support";

// An admin's revocation sticks, and revoking a code already in use takes the discount off.

let h: Harness;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(() => finish(h));

describe("revoking academic codes", () => {
  it("a revoked reader gets no new code from signing in again or asking, until an admin grants one", async () => {
    const admin = await newAdmin();
    const student = await signIn(`${uniqueLocal("revoked")}@example.edu`);
    const [code] = await codesOf(student.id);
    await revokeCodeAsStaff(admin.id, code!.id);

    await signIn(student.email);
    await issueCodeIfQualified(student.id);
    expect(await codesOf(student.id)).toMatchObject([{ status: "revoked" }]);
    expect(await emailsOf(student.id, "discount-code")).toHaveLength(1);

    await grantCodeByHand(admin.id, { email: student.email, note: "student card checked" });
    expect((await codesOf(student.id)).map((c) => c.status)).toEqual(["revoked", "issued"]);
  });

  it("a revoked inbox qualifies no other account automatically", async () => {
    const local = uniqueLocal("barred");
    const admin = await newAdmin();
    const first = await signIn(`${local}@example.edu`);
    await revokeCodeAsStaff(admin.id, (await codesOf(first.id))[0]!.id);
    const second = await signIn(`${local}+new@example.edu`);
    expect(await codesOf(second.id)).toHaveLength(0);
  });

  it("revoking a redeemed code takes the discount off at Stripe, so the next renewal is full price, and tells the reader once", async () => {
    const admin = await newAdmin();
    const student = await signIn(`${uniqueLocal("redeemed")}@example.edu`);
    const [code] = await codesOf(student.id);
    const subscriptionId = await subscribed(h, student, code!.stripePromotionCodeId!);
    expect((await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId } })).discountPercentOff).toBe(50);

    await Promise.all([revokeCodeAsStaff(admin.id, code!.id), revokeCodeAsStaff(admin.id, code!.id)]);

    expect((await h.stripe.subscriptions.retrieve(subscriptionId)).discounts).toHaveLength(0);
    expect((await db.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId } })).discountPercentOff).toBeNull();
    expect(await emailsOf(student.id, "academic-discount-revoked")).toHaveLength(1);
    await runDueJobs(["email.send"]);
    expect(await db.emailMessage.findFirst({ where: { userId: student.id, kind: "academic-discount-revoked" } })).toMatchObject({
      status: "sent",
    });

    const atStripe = await h.stripe.subscriptions.retrieve(subscriptionId);
    await h.standin.advanceClock(new Date((atStripe.items.data[0]!.current_period_end + 3600) * 1000));
    const [renewal] = (await h.stripe.invoices.list({ subscription: subscriptionId, limit: 1 })).data;
    expect(renewal).toMatchObject({ billing_reason: "subscription_cycle", amount_paid: 1000 });
  });
});
