import "server-only";
import type { DiscountCode } from "@prisma/client";
import { db } from "@/lib/db";
import { currentSubscription } from "@/lib/entitlements";
import { applyCodeToSubscription } from "./apply-to-subscription";
import { issueAcademicCode, type IssueResult } from "./issue-code";
import { getAcademicQualifications, type AcademicQualification } from "./qualification";

export type DiscountResult =
  /**
   * created: a new code for checkout, emailed when `emailed`; open: the reader already had one;
   * applied: it went onto the subscription they already pay for (`emailed`: they are told).
   */
  | { outcome: "created" | "open" | "applied"; code: DiscountCode; emailed: boolean }
  /** in-use: every qualifying mailbox backs another account's discount; revoked: only an admin can give one. */
  | { outcome: "already-discounted" | "in-use" | "revoked" | "not-qualified" };

/**
 * Gives a reader the academic discount that a verified academic address entitles them to.
 * Called by the sign-in job, after confirming an address, and from the account page; safe to
 * run any number of times, also at once.
 */
export async function issueCodeIfQualified(userId: string): Promise<DiscountResult> {
  const qualifications = await getAcademicQualifications(userId);
  if (qualifications.length === 0) return { outcome: "not-qualified" };
  return giveAcademicDiscount(userId, qualifications);
}

/**
 * A code for checkout, or the discount straight onto the subscription of a reader who already
 * pays. Tries each qualifying mailbox in turn: one may back another account's discount.
 */
export async function giveAcademicDiscount(
  userId: string,
  mailboxes: AcademicQualification[],
  grantedById?: string,
): Promise<DiscountResult> {
  const subscription = currentSubscription(await db.subscription.findMany({ where: { userId } }));
  if (subscription?.discountPercentOff) return { outcome: "already-discounted" };
  let result: IssueResult = { outcome: "in-use" };
  for (const { email, domain } of mailboxes) {
    result = await issueAcademicCode(userId, { email, domain, grantedById, subscriptionId: subscription?.stripeSubscriptionId });
    if (result.outcome !== "in-use") break;
  }
  if (result.outcome === "in-use" || result.outcome === "revoked") return { outcome: result.outcome };
  if (subscription) return { outcome: "applied", ...(await applyCodeToSubscription(result.code, subscription.stripeSubscriptionId)) };
  return result.outcome === "created" ? result : { ...result, emailed: false };
}
