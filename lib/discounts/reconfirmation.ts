import "server-only";
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
  for (const code of codes) {
    const subscription = await db.subscription.findFirst({
      where: { userId: code.userId, discountCode: code.code, status: { in: [...ACCESS_STATUSES] } },
    });
    if (!subscription) continue;
    const step = planReconfirmation(code, duration, now);
    if (step === "remind") {
      // Recorded and queued together: the reminder is sent (and retried) by the email worker.
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
      reminded += 1;
    } else if (step === "remove") {
      await getStripe().subscriptions.update(subscription.stripeSubscriptionId, { discounts: "" });
      const user = await db.user.findUniqueOrThrow({ where: { id: code.userId }, select: { email: true } });
      await db.$transaction(async (tx) => {
        await tx.discountCode.update({ where: { id: code.id }, data: { discountRemovedAt: now, reconfirmTokenHash: null } });
        await enqueueEmail(
          { kind: "academic-discount-ended", to: user.email, userId: code.userId, payload: {}, key: `academic-discount-ended:${code.id}` },
          tx,
        );
      });
      await syncSubscription(subscription.stripeSubscriptionId);
      removed += 1;
    }
  }
  return { reminded, removed };
}

/** The yearly link: proves the holder still reads that academic address. */
export async function reconfirmAcademicAddress(token: string, now = new Date()): Promise<"confirmed" | "invalid-link"> {
  const code = await db.discountCode.findUnique({ where: { reconfirmTokenHash: hashLinkToken(token) } });
  if (!code || code.discountRemovedAt || !checkAcademicEmailWithConfig(code.email).academic) return "invalid-link";
  await db.discountCode.update({ where: { id: code.id }, data: { confirmedAt: now, reconfirmTokenHash: null } });
  return "confirmed";
}
