import "server-only";
import type { DiscountCode } from "@prisma/client";
import { getStripe } from "@/lib/billing/stripe";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { LIVE_STATUSES } from "@/lib/entitlements";

export type RevokeOutcome =
  /** The code can no longer be redeemed. */
  | "revoked"
  /** It was already on a subscription: the discount is off from the next renewal, and the reader is told. */
  | "discount-removed"
  /** Already revoked or expired. */
  | "unchanged";

/**
 * Revokes a code: deactivated at Stripe, and taken off the subscription it discounts, if any.
 * The reader then gets no code automatically until an admin grants one (issue-code.ts), and the
 * code keeps holding its mailbox, so that inbox qualifies no other account automatically either.
 * Safe to repeat: Stripe calls are idempotent and only the first revocation is recorded and told.
 * Null when there is no such code.
 */
export async function revokeCode(codeId: string, now = new Date()): Promise<{ code: DiscountCode; outcome: RevokeOutcome } | null> {
  const code = await db.discountCode.findUnique({ where: { id: codeId } });
  if (!code) return null;
  if (code.status === "expired" || code.status === "revoked") return { code, outcome: "unchanged" };
  const stripe = getStripe();
  if (code.stripePromotionCodeId) await stripe.promotionCodes.update(code.stripePromotionCodeId, { active: false });
  // Redeemed at checkout or put straight onto a subscription: either way it shows in the mirror.
  const subscription = code.discountRemovedAt
    ? null
    : await db.subscription.findFirst({ where: { userId: code.userId, discountCode: code.code, status: { in: [...LIVE_STATUSES] } } });
  if (subscription) await stripe.subscriptions.update(subscription.stripeSubscriptionId, { discounts: "" });

  const revoked = await db.$transaction(async (tx) => {
    const [row] = await tx.discountCode.updateManyAndReturn({
      where: { id: codeId, status: { in: ["issued", "redeemed"] } },
      data: { status: "revoked", revokedAt: now, ...(subscription ? { discountRemovedAt: now } : {}) },
      include: { user: { select: { email: true } } },
    });
    if (row && subscription) {
      await enqueueEmail(
        {
          kind: "academic-discount-revoked",
          to: row.user.email,
          userId: row.userId,
          payload: { codeId },
          key: `academic-discount-revoked:${codeId}`,
        },
        tx,
      );
    }
    return row ?? null;
  });
  if (subscription) await syncSubscription(subscription.stripeSubscriptionId);
  if (!revoked) return { code: await db.discountCode.findUniqueOrThrow({ where: { id: codeId } }), outcome: "unchanged" };
  const { user: _user, ...row } = revoked;
  return { code: row, outcome: subscription ? "discount-removed" : "revoked" };
}
