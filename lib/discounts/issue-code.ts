import "server-only";
import type { DiscountCode } from "@prisma/client";
import { ensureStripeCustomer } from "@/lib/billing/checkout";
import { getStripe } from "@/lib/billing/stripe";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { getEnv } from "@/lib/env";
import { ACADEMIC_COUPON_ID } from "./academic-rules";
import { codeExpiresAt, generateDiscountCode } from "./discount-code";

// Personal academic codes. One open code per reader at a time (a partial unique index backs
// this up), each mirrored by a Stripe Promotion Code on the shared 50% coupon, restricted to
// the reader's Stripe customer and to a single redemption.

/** Codes past their redemption deadline become `expired`, so a fresh one can be issued. */
async function expireStaleCodes(userId: string, now: Date): Promise<void> {
  await db.discountCode.updateMany({ where: { userId, status: "issued", expiresAt: { lte: now } }, data: { status: "expired" } });
}

/** The reader's open code, if they have one that can still be redeemed. A read only: page views write nothing. */
export async function getOpenCode(userId: string, now = new Date()): Promise<DiscountCode | null> {
  return db.discountCode.findFirst({ where: { userId, status: "issued", expiresAt: { gt: now }, stripePromotionCodeId: { not: null } } });
}

/** Creates the Stripe promotion code for a stored code (idempotent, so a retry after a failure is safe). */
export async function ensurePromotionCode(code: DiscountCode): Promise<DiscountCode> {
  if (code.stripePromotionCodeId) return code;
  const user = await db.user.findUniqueOrThrow({ where: { id: code.userId } });
  const customer = await ensureStripeCustomer(user);
  const promotion = await getStripe().promotionCodes.create(
    {
      promotion: { type: "coupon", coupon: ACADEMIC_COUPON_ID },
      code: code.code,
      customer,
      max_redemptions: 1,
      expires_at: Math.floor(code.expiresAt.getTime() / 1000),
      metadata: { userId: code.userId, discountCodeId: code.id },
    },
    { idempotencyKey: `dispatch-promo-${code.id}` },
  );
  return db.discountCode.update({ where: { id: code.id }, data: { stripePromotionCodeId: promotion.id } });
}

export interface IssueSource {
  email: string;
  domain: string;
  /** The admin who granted it by hand, if so. */
  grantedById?: string;
}

/**
 * Issues the reader's personal code, or returns the open one they already have. Concurrent
 * calls for one reader produce one code: they queue on a per-reader advisory lock.
 */
export async function issueAcademicCode(
  userId: string,
  source: IssueSource,
  now = new Date(),
): Promise<{ code: DiscountCode; created: boolean }> {
  await expireStaleCodes(userId, now);
  const { row, created } = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`discount-code:${userId}`}))`;
    const open = await tx.discountCode.findFirst({ where: { userId, status: "issued" } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    if (open) return { row: open, created: false };
    const fresh = await tx.discountCode.create({
      data: {
        userId,
        code: generateDiscountCode(),
        email: source.email,
        domain: source.domain,
        grantedById: source.grantedById,
        issuedAt: now,
        confirmedAt: now,
        expiresAt: codeExpiresAt(now, getEnv().ACADEMIC_CODE_VALID_DAYS),
      },
    });
    // The code is also shown on /pricing and /account; the email is queued with it.
    await enqueueEmail(
      { kind: "discount-code", to: user.email, userId, payload: { codeId: fresh.id }, key: `discount-code:${fresh.id}` },
      tx,
    );
    return { row: fresh, created: true };
  });
  const code = await ensurePromotionCode(row);
  return { code, created };
}

/** Records that a code was used at checkout (called when its subscription is synced). */
export async function markCodeRedeemed(code: string, now = new Date()): Promise<void> {
  await db.discountCode.updateMany({ where: { code, status: "issued" }, data: { status: "redeemed", redeemedAt: now } });
}

/** Revokes a code here and deactivates it at Stripe, so it can no longer be redeemed. */
export async function revokeCode(codeId: string, now = new Date()): Promise<DiscountCode> {
  const code = await db.discountCode.findUniqueOrThrow({ where: { id: codeId } });
  if (code.stripePromotionCodeId) await getStripe().promotionCodes.update(code.stripePromotionCodeId, { active: false });
  return db.discountCode.update({ where: { id: codeId }, data: { status: "revoked", revokedAt: now } });
}
