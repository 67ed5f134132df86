import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOpenCode } from "@/lib/discounts/issue-code";
import { issueCodeIfQualified } from "@/lib/discounts/issue-if-qualified";
import { grantCodeByHand, revokeCodeAsStaff } from "@/lib/discounts/staff";
import { readOutbox } from "@/lib/email/outbox";
import { outboxDir } from "@/lib/email/transport";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";
import { runDueJobs } from "../../support/jobs";
import { finish, issueCode } from "./support";

// Issuing personal academic codes against real PostgreSQL and the Stripe stand-in.

let h: Harness;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(() => finish(h));

const newReader = (email: string, verified = true) => db.user.create({ data: { email, emailVerified: verified ? new Date() : null } });

describe("issuing academic codes", () => {
  it("concurrent requests for one reader yield exactly one code and one Stripe promotion code", async () => {
    const user = await newReader(`student-${Date.now()}@cs.example.edu`);
    const results = await Promise.all(Array.from({ length: 6 }, () => issueCode(user.id, user.email)));
    expect(new Set(results.map((r) => r.code.code)).size).toBe(1);
    expect(results.filter((r) => r.outcome === "created")).toHaveLength(1);
    expect(await db.discountCode.count({ where: { userId: user.id } })).toBe(1);
    const promos = await h.stripe.promotionCodes.list({ code: results[0]!.code.code });
    expect(promos.data).toHaveLength(1);
  });

  it("the Stripe promotion code is restricted to the reader's customer and one redemption, on the 50% coupon", async () => {
    const user = await newReader(`restricted-${Date.now()}@uni.ac.uk`);
    const { code } = await issueCode(user.id, user.email);
    const promo = await h.stripe.promotionCodes.retrieve(code.stripePromotionCodeId!);
    const customer = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).stripeCustomerId;
    expect(promo).toMatchObject({
      code: code.code,
      customer,
      max_redemptions: 1,
      active: true,
      expires_at: Math.floor(code.expiresAt.getTime() / 1000),
    });
    const coupon = await h.stripe.coupons.retrieve("dispatch_academic_50");
    expect(coupon).toMatchObject({ percent_off: 50, duration: "forever" });
    expect(code.code).toMatch(/^EDU-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(code.expiresAt.getTime() - code.issuedAt.getTime()).toBe(30 * 24 * 3600_000);
  });

  it("emails the code (HTML and text) to the reader", async () => {
    const user = await newReader(`mailed-${Date.now()}@example.edu`);
    const { code } = await issueCode(user.id, user.email);
    await runDueJobs();
    const mail = (await readOutbox(outboxDir())).find((m) => m.to.includes(user.email));
    expect(mail?.subject).toContain("50% academic code");
    expect(mail?.text).toContain(code.code);
    expect(mail?.html).toContain(code.code);
  });

  it("revoking a code deactivates it at Stripe and lets no one use it", async () => {
    const user = await newReader(`revoked-${Date.now()}@example.edu`);
    const admin = await db.user.create({ data: { email: `admin-${Date.now()}@example.org`, role: "ADMIN" } });
    const { code } = await issueCode(user.id, user.email);
    await revokeCodeAsStaff(admin.id, code.id);
    expect((await h.stripe.promotionCodes.retrieve(code.stripePromotionCodeId!)).active).toBe(false);
    expect(await getOpenCode(user.id)).toBeNull();
    expect(await db.auditLog.count({ where: { actorId: admin.id, action: "discount-code.revoke" } })).toBe(1);
  });

  it("only verified academic addresses qualify; unverified and free-mail ones get nothing", async () => {
    const unverified = await newReader(`unverified-${Date.now()}@example.edu`, false);
    const freeMail = await newReader(`free-${Date.now()}@gmail.com`);
    for (const user of [unverified, freeMail]) {
      await issueCodeIfQualified(user.id);
      expect(await db.discountCode.count({ where: { userId: user.id } })).toBe(0);
    }
    const verified = await newReader(`verified-${Date.now()}@example.edu`);
    await issueCodeIfQualified(verified.id);
    expect(await db.discountCode.count({ where: { userId: verified.id } })).toBe(1);
  });

  it("an expired code is replaced by a fresh one on request", async () => {
    const user = await newReader(`expired-${Date.now()}@example.edu`);
    const first = await issueCode(user.id, user.email, new Date("2026-01-01T00:00:00Z"));
    const later = await issueCode(user.id, user.email, new Date("2026-02-15T00:00:00Z"));
    expect(later.outcome).toBe("created");
    expect(later.code.code).not.toBe(first.code.code);
    expect((await db.discountCode.findUniqueOrThrow({ where: { id: first.code.id } })).status).toBe("expired");
  });

  it("admins can grant a code by hand to an address the dataset does not know, and it is logged", async () => {
    const admin = await db.user.create({ data: { email: `granter-${Date.now()}@example.org`, role: "ADMIN" } });
    const result = await grantCodeByHand(admin.id, { email: `teacher-${Date.now()}@small-college.org`, note: "faculty ID checked" });
    expect(result.ok).toBe(true);
    const log = await db.auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: "discount-code.grant" } });
    expect(log.after).toMatchObject({ note: "faculty ID checked" });
    expect(await grantCodeByHand(admin.id, { email: "nope" })).toMatchObject({ ok: false });
  });
});
