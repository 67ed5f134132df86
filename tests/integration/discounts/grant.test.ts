import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { grantCodeByHand } from "@/lib/discounts/staff";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";
import { codesOf, emailsOf, finish, newAdmin, newReader, signIn, subscribed, uniqueLocal } from "./support";

// What an admin is told after granting a code by hand must be what happened.

let h: Harness;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(() => finish(h));

describe("granting a code by hand", () => {
  it("to a new reader: a code, and the admin is told it was emailed because it was queued", async () => {
    const admin = await newAdmin();
    const email = `${uniqueLocal("teacher")}@small-college.org`;
    const result = await grantCodeByHand(admin.id, { email, note: "faculty ID checked" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const [code] = await codesOf(user.id);
    expect(result).toEqual({ ok: true, outcome: "created", code: code!.code, emailed: true });
    expect(await emailsOf(user.id, "discount-code")).toHaveLength(1);
  });

  it("to a reader who already has an open code: says so, makes no code and sends nothing", async () => {
    const admin = await newAdmin();
    const student = await signIn(`${uniqueLocal("open")}@example.edu`);
    const [code] = await codesOf(student.id);
    const result = await grantCodeByHand(admin.id, { email: student.email, note: "" });
    expect(result).toEqual({ ok: true, outcome: "open", code: code!.code, emailed: false });
    expect(await codesOf(student.id)).toHaveLength(1);
    expect(await emailsOf(student.id, "discount-code")).toHaveLength(1);
  });

  it("to a reader subscribed at full price: the discount goes onto their subscription", async () => {
    const admin = await newAdmin();
    const reader = await newReader(`${uniqueLocal("payer")}@small-college.org`);
    const subscriptionId = await subscribed(h, reader);
    const result = await grantCodeByHand(admin.id, { email: reader.email, note: "" });
    expect(result).toMatchObject({ ok: true, outcome: "applied", emailed: true });
    expect((await h.stripe.subscriptions.retrieve(subscriptionId)).discounts).toHaveLength(1);
  });

  it("to a bad address: a message code, not free text", async () => {
    const admin = await newAdmin();
    expect(await grantCodeByHand(admin.id, { email: "nope" })).toEqual({ ok: false, error: "invalid-email" });
  });
});
