import "server-only";
import type { DiscountCode } from "@prisma/client";
import type Stripe from "stripe";
import { ACCESS_STATUSES } from "@/lib/entitlements";
import { getStripe } from "@/lib/billing/stripe";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { getEnv } from "@/lib/env";
import { checkAcademicEmailWithConfig } from "./academic-rules";
import { hashLinkToken } from "./link-token";
import { planReconfirmation, reconfirmationDueAt } from "./reconfirmation-plan";

// The yearly check that a discounted subscriber is still a student or teacher: a reminder
// with a confirmation link a month ahead, and without confirmation the discount comes off
// the subscription, so the next renewal is at the full price. Run daily by the job worker.

export async function runAcademicReconfirmation(now = new Date()): Promise<{ reminded: number; removed: number }> {
  const duration = getEnv().ACADEMIC_DISCOUNT_DURATION;
  const codes = await db.discountCode.findMany({ where: { status: "redeemed", discountRemovedAt: null } });
  let reminded = 0;
  let removed = 0;
  const failures: unknown[] = [];
  for (const code of codes) {
    const subscription = await db.subscription.findFirst({
      where: { userId: code.userId, discountCode: code.code, status: { in: [...ACCESS_STATUSES] } },
    });
    if (!subscription) continue;
    const step = planReconfirmation(code, duration, now);
    // One reader's failure (e.g. Stripe briefly down) must not stop everyone else's reminders.
    try {
      if (step === "remind") {
        await remind(code, now);
        reminded += 1;
      } else if (step === "remove") {
        await removeDiscount(code, subscription.stripeSubscriptionId, now);
        removed += 1;
      }
    } catch (error) {
      console.error(`[discounts] re-confirmation of code ${code.id} failed`, error);
      failures.push(error);
    }
  }
  // Failing the job makes the worker retry it; codes already handled are skipped then.
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} academic re-confirmations failed`);
  return { reminded, removed };
}

/** Recorded and queued together: the reminder is sent (and retried) by the email worker. */
async function remind(code: DiscountCode, now: Date): Promise<void> {
  const due = reconfirmationDueAt(code.confirmedAt);
  await db.$transaction(async (tx) => {
    await tx.discountCode.update({ where: { id: code.id }, data: { reconfirmRequestedAt: now } });
    await enqueueEmail(
      {
        kind: "academic-reconfirmation",
        to: code.email,
        userId: code.userId,
        payload: { codeId: code.id, due: due.toISOString() },
        key: `academic-reconfirmation:${code.id}:${due.toISOString()}`,
      },
      tx,
    );
  });
}

async function removeDiscount(code: DiscountCode, subscriptionId: string, now: Date): Promise<void> {
  let gone = false;
  try {
    await getStripe().subscriptions.update(subscriptionId, { discounts: "" });
  } catch (error) {
    // A subscription Stripe no longer has carries no discount: record that, and tell nobody.
    if ((error as Stripe.errors.StripeError).code !== "resource_missing") throw error;
    gone = true;
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: code.userId }, select: { email: true } });
  await db.$transaction(async (tx) => {
    // The discount is over, so its mailbox may back another account's (or this one's, re-proven).
    await tx.discountCode.update({ where: { id: code.id }, data: { discountRemovedAt: now, releasedAt: now, reconfirmTokenHash: null } });
    if (gone) return;
    await enqueueEmail(
      { kind: "academic-discount-ended", to: user.email, userId: code.userId, payload: {}, key: `academic-discount-ended:${code.id}` },
      tx,
    );
  });
  if (!gone) await syncSubscription(subscriptionId);
}

/** The yearly link: proves the holder still reads that academic address. */
export async function reconfirmAcademicAddress(token: string, now = new Date()): Promise<"confirmed" | "invalid-link"> {
  const code = await db.discountCode.findUnique({ where: { reconfirmTokenHash: hashLinkToken(token) } });
  if (!code || code.discountRemovedAt || !checkAcademicEmailWithConfig(code.email).academic) return "invalid-link";
  await db.$transaction([
    db.discountCode.update({ where: { id: code.id }, data: { confirmedAt: now, reconfirmTokenHash: null } }),
    // The link proved the inbox again, which also renews the reader's confirmed address.
    db.academicEmail.updateMany({
      where: { userId: code.userId, email: code.email, verifiedAt: { not: null } },
      data: { verifiedAt: now },
    }),
  ]);
  return "confirmed";
}
