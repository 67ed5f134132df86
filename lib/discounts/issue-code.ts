import "server-only";
import type { DiscountCode, Prisma } from "@prisma/client";
import { ensureStripeCustomer } from "@/lib/billing/checkout";
import { getStripe } from "@/lib/billing/stripe";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { getEnv } from "@/lib/env";
import { ACADEMIC_COUPON_ID } from "./academic-rules";
import { codeExpiresAt, generateDiscountCode } from "./discount-code";
import { lockMailbox, mailboxHolder } from "./mailbox-holder";

// Personal academic codes. One open code per reader and one holding code per academic mailbox
// (partial unique indexes back both up), each mirrored by a Stripe Promotion Code on the shared
// 50% coupon, restricted to the reader's Stripe customer and to a single redemption.

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
  /** The normalised academic mailbox that qualifies the reader (or that an admin granted for). */
  email: string;
  domain: string;
  /** The admin who granted it by hand, if so: overrides an earlier revocation. */
  grantedById?: string;
  /** The Stripe subscription the reader already pays full price for: the code goes onto it, not into an email. */
  subscriptionId?: string;
}

export type IssueResult =
  | { outcome: "created"; code: DiscountCode; emailed: boolean }
  /** The reader already had an open code: nothing new was made or sent. */
  | { outcome: "open"; code: DiscountCode }
  /** The mailbox backs another account's discount. */
  | { outcome: "in-use" }
  /** An admin revoked the reader's last code: only an admin can give them another. */
  | { outcome: "revoked" };

/** Codes past their redemption deadline become `expired` and let go of their mailbox. */
function expireStaleCodes(tx: Prisma.TransactionClient, userId: string, now: Date) {
  return tx.discountCode.updateMany({
    where: { userId, status: "issued", expiresAt: { lte: now } },
    data: { status: "expired", releasedAt: now },
  });
}

/**
 * Issues the reader's personal code for one academic mailbox, or returns the open one they have.
 * Concurrent calls queue on a per-reader lock, then on a per-mailbox lock, so one reader gets one
 * code and one mailbox backs one account's discount however many requests race.
 */
export async function issueAcademicCode(userId: string, source: IssueSource, now = new Date()): Promise<IssueResult> {
  const result = await db.$transaction(async (tx): Promise<IssueResult> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`discount-code:${userId}`}))`;
    await expireStaleCodes(tx, userId, now);
    const latest = await tx.discountCode.findFirst({ where: { userId }, orderBy: { issuedAt: "desc" } });
    if (latest?.status === "issued") {
      const code =
        source.subscriptionId && !latest.appliesToSubscription
          ? await tx.discountCode.update({ where: { id: latest.id }, data: { appliesToSubscription: source.subscriptionId } })
          : latest;
      return { outcome: "open", code };
    }
    if (latest?.status === "revoked" && !source.grantedById) return { outcome: "revoked" };

    await lockMailbox(tx, source.email);
    const holder = await mailboxHolder(tx, source.email, now);
    // An admin may give a mailbox that a revocation barred; never one backing a live discount.
    const overridable = holder?.code.status === "revoked" && Boolean(source.grantedById);
    if (holder?.live && holder.code.userId !== userId && !overridable) return { outcome: "in-use" };
    if (holder) await tx.discountCode.update({ where: { id: holder.code.id }, data: { releasedAt: now } });

    const code = await tx.discountCode.create({
      data: {
        userId,
        code: generateDiscountCode(),
        email: source.email,
        domain: source.domain,
        grantedById: source.grantedById,
        appliesToSubscription: source.subscriptionId,
        issuedAt: now,
        confirmedAt: now,
        expiresAt: codeExpiresAt(now, getEnv().ACADEMIC_CODE_VALID_DAYS),
      },
    });
    // A code for checkout is emailed (it is also shown on /pricing and /account); one that goes
    // straight onto a subscription is announced when it is on (markCodeRedeemed).
    if (source.subscriptionId) return { outcome: "created", code, emailed: false };
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const emailed = await enqueueEmail(
      { kind: "discount-code", to: user.email, userId, payload: { codeId: code.id }, key: `discount-code:${code.id}` },
      tx,
    );
    return { outcome: "created", code, emailed };
  });
  if (result.outcome === "created" || result.outcome === "open") result.code = await ensurePromotionCode(result.code);
  return result;
}

/**
 * Records that a code was used (called when its subscription is synced). A code put straight
 * onto a subscription is announced to the reader here, in the same transaction.
 */
export async function markCodeRedeemed(code: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const [redeemed] = await tx.discountCode.updateManyAndReturn({
      where: { code, status: "issued" },
      data: { status: "redeemed", redeemedAt: now },
    });
    if (!redeemed?.appliesToSubscription) return;
    const user = await tx.user.findUniqueOrThrow({ where: { id: redeemed.userId }, select: { email: true } });
    await enqueueEmail(
      {
        kind: "academic-discount-applied",
        to: user.email,
        userId: redeemed.userId,
        payload: { codeId: redeemed.id },
        key: appliedEmailKey(redeemed.id),
      },
      tx,
    );
  });
}

export const appliedEmailKey = (codeId: string) => `academic-discount-applied:${codeId}`;
