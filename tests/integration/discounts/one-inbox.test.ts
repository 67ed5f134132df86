import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/account-data";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { confirmAcademicEmail, requestAcademicEmailConfirmation } from "@/lib/discounts/academic-address";
import { issueCodeIfQualified } from "@/lib/discounts/issue-if-qualified";
import { runAcademicReconfirmation } from "@/lib/discounts/reconfirmation";
import { grantCodeByHand } from "@/lib/discounts/staff";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";
import { codesOf, emailsOf, finish, linkTokenFor, newAdmin, newReader, signIn, subscribed, uniqueLocal } from "./support";

// One academic mailbox backs at most one account's discount at a time, on every path, and the
// database enforces it. Real PostgreSQL, the Stripe stand-in and the worker's job handlers.

let h: Harness;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(() => finish(h));

/** Two accounts whose sign-in addresses reach one inbox through +tags and case. */
async function twoAccountsOneInbox(label: string) {
  const local = uniqueLocal(label);
  const first = await signIn(`${local}+1@cs.example.edu`);
  const second = await newReader(`${local}+2@cs.example.edu`);
  return { first, second, mailbox: `${local}@cs.example.edu` };
}

describe("one academic inbox, one discount", () => {
  it("+tags do not make new inboxes: the second account signing in gets no code and no email", async () => {
    const { first, second, mailbox } = await twoAccountsOneInbox("tags");
    await signIn(second.email);
    expect(await codesOf(first.id)).toMatchObject([{ email: mailbox, status: "issued" }]);
    expect(await codesOf(second.id)).toHaveLength(0);
    expect(await emailsOf(second.id, "discount-code")).toHaveLength(0);
  });

  it("an address confirmed by one account does not qualify another account that signs in with it", async () => {
    const academic = `${uniqueLocal("confirmed")}@uni.ac.uk`;
    const owner = await newReader(`${uniqueLocal("owner")}@gmail.com`);
    expect(await requestAcademicEmailConfirmation(owner.id, academic)).toBe("sent");
    expect(await confirmAcademicEmail(owner.id, await linkTokenFor(academic, /Confirm your academic address/))).toMatchObject({
      outcome: "confirmed",
    });
    expect(await codesOf(owner.id)).toHaveLength(1);

    const other = await signIn(academic.replace("@", "+again@").toUpperCase().toLowerCase());
    expect(await codesOf(other.id)).toHaveLength(0);
  });

  it("concurrent requests from two accounts sharing an inbox yield exactly one code", async () => {
    const local = uniqueLocal("race");
    const readers = await Promise.all([1, 2, 3, 4].map((n) => newReader(`${local}+${n}@example.edu`)));
    await Promise.all(readers.flatMap((r) => [issueCodeIfQualified(r.id), issueCodeIfQualified(r.id)]));
    expect(await db.discountCode.count({ where: { userId: { in: readers.map((r) => r.id) } } })).toBe(1);
  });

  it("the database refuses a second claim on a mailbox that backs a discount", async () => {
    const { first, second, mailbox } = await twoAccountsOneInbox("constraint");
    const [code] = await codesOf(first.id);
    await expect(
      db.discountCode.create({
        data: { userId: second.id, code: "EDU-0000-0000", email: mailbox, domain: code!.domain, expiresAt: code!.expiresAt },
      }),
    ).rejects.toThrow(/Unique constraint/);
  });

  it("a second address that backs another account's discount is refused up front, with no email sent to it", async () => {
    const { mailbox } = await twoAccountsOneInbox("added");
    const other = await newReader(`${uniqueLocal("adder")}@gmail.com`);
    expect(await requestAcademicEmailConfirmation(other.id, mailbox.replace("@", "+mine@").toUpperCase())).toBe("taken");
    expect(await db.academicEmail.count({ where: { userId: other.id } })).toBe(0);
  });

  it("an admin grant for an address that backs another account's discount is refused and says so", async () => {
    const { mailbox } = await twoAccountsOneInbox("granted");
    const admin = await newAdmin();
    const result = await grantCodeByHand(admin.id, { email: mailbox.replace("@", "+x@"), note: "" });
    expect(result).toMatchObject({ ok: false, error: "address-in-use" });
    const grantee = await db.user.findUnique({ where: { email: mailbox.replace("@", "+x@") } });
    expect(grantee ? await codesOf(grantee.id) : []).toHaveLength(0);
  });
});

describe("the inbox is free again when that account's discount ends", () => {
  it("a code that expired unused, and not before", async () => {
    const { first, second } = await twoAccountsOneInbox("expired");
    await signIn(second.email);
    expect(await codesOf(second.id)).toHaveLength(0);

    // Time passes: the first account's code reaches its deadline unused.
    await db.discountCode.updateMany({ where: { userId: first.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await signIn(second.email);
    expect(await codesOf(second.id)).toMatchObject([{ status: "issued" }]);
  });

  it("a subscription that ended, and not before", async () => {
    const { first, second } = await twoAccountsOneInbox("ended");
    const [code] = await codesOf(first.id);
    const subscriptionId = await subscribed(h, first, code!.stripePromotionCodeId!);
    await signIn(second.email);
    expect(await codesOf(second.id)).toHaveLength(0);

    await h.stripe.subscriptions.cancel(subscriptionId);
    await syncSubscription(subscriptionId);
    await signIn(second.email);
    expect(await codesOf(second.id)).toHaveLength(1);
  });

  it("a discount removed for want of re-confirmation", async () => {
    const { first, second } = await twoAccountsOneInbox("lapsed");
    const [code] = await codesOf(first.id);
    await subscribed(h, first, code!.stripePromotionCodeId!);
    await signIn(second.email);
    expect(await codesOf(second.id)).toHaveLength(0);

    await runAcademicReconfirmation(new Date(Date.now() + 370 * DAY));
    await signIn(second.email);
    expect(await codesOf(second.id)).toHaveLength(1);
  });

  it("a deleted account", async () => {
    const { first, second } = await twoAccountsOneInbox("deleted");
    await signIn(second.email);
    expect(await codesOf(second.id)).toHaveLength(0);

    await deleteAccount(first.id);
    await signIn(second.email);
    expect(await codesOf(second.id)).toHaveLength(1);
  });
});
