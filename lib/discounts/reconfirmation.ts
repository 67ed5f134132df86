import "server-only";
import crypto from "node:crypto";
import { getStripe } from "@/lib/billing/stripe";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { checkAcademicEmailWithConfig } from "./academic-rules";
import { sendDiscountEndedEmail, sendReconfirmationEmail } from "./emails";
import { planReconfirmation, reconfirmationDueAt } from "./reconfirmation-plan";

// The yearly check that a discounted subscriber is still a student or teacher: a reminder
// with a confirmation link a month ahead, and without confirmation the discount comes off
// the subscription, so the next renewal is at the full price. Run daily by the job worker.

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export async function runAcademicReconfirmation(now = new Date()): Promise<{ reminded: number; removed: number }> {
  const duration = getEnv().ACADEMIC_DISCOUNT_DURATION;
  const codes = await db.discountCode.findMany({ where: { status: "redeemed", discountRemovedAt: null } });
  let reminded = 0;
  let removed = 0;
  for (const code of codes) {
    const subscription = await db.subscription.findFirst({
      where: { userId: code.userId, discountCode: code.code, status: { in: ["active", "trialing", "past_due"] } },
    });
    if (!subscription) continue;
    const step = planReconfirmation(code, duration, now);
    if (step === "remind") {
      const token = crypto.randomBytes(32).toString("hex");
      await db.discountCode.update({ where: { id: code.id }, data: { reconfirmTokenHash: hashToken(token), reconfirmRequestedAt: now } });
      await sendReconfirmationEmail(
        code.email,
        `${getEnv().APP_URL}/account/academic/reconfirm?token=${token}`,
        reconfirmationDueAt(code.confirmedAt),
      );
      reminded += 1;
    } else if (step === "remove") {
      await getStripe().subscriptions.update(subscription.stripeSubscriptionId, { discounts: "" });
      await db.discountCode.update({ where: { id: code.id }, data: { discountRemovedAt: now, reconfirmTokenHash: null } });
      await syncSubscription(subscription.stripeSubscriptionId);
      await sendDiscountEndedEmail(code.userId);
      removed += 1;
    }
  }
  return { reminded, removed };
}

/** The yearly link: proves the holder still reads that academic address. */
export async function reconfirmAcademicAddress(token: string, now = new Date()): Promise<"confirmed" | "invalid-link"> {
  const code = await db.discountCode.findUnique({ where: { reconfirmTokenHash: hashToken(token) } });
  if (!code || code.discountRemovedAt || !checkAcademicEmailWithConfig(code.email).academic) return "invalid-link";
  await db.discountCode.update({ where: { id: code.id }, data: { confirmedAt: now, reconfirmTokenHash: null } });
  return "confirmed";
}
