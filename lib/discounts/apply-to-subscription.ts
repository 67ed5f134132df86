import "server-only";
import type { DiscountCode } from "@prisma/client";
import type Stripe from "stripe";
import { getStripe } from "@/lib/billing/stripe";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { appliedEmailKey, ensurePromotionCode, markCodeRedeemed } from "./issue-code";

// A reader who already pays full price and then proves an academic address gets the student
// price from their next renewal: their personal promotion code goes onto the subscription at
// Stripe (restricted to their customer, one redemption, like a code used at checkout), so the
// mirror, re-confirmation, revocation and the one-inbox rule treat it like any redeemed code.

const promotionCodeOf = (discount: string | Stripe.Discount) =>
  typeof discount === "string" || !discount.promotion_code
    ? null
    : typeof discount.promotion_code === "string"
      ? discount.promotion_code
      : discount.promotion_code.id;

/** Puts the code onto the subscription (once, however often it is called) and returns it as recorded. */
export async function applyCodeToSubscription(
  code: DiscountCode,
  subscriptionId: string,
): Promise<{ code: DiscountCode; emailed: boolean }> {
  const stripe = getStripe();
  const { stripePromotionCodeId } = await ensurePromotionCode(code);
  const current = await stripe.subscriptions.retrieve(subscriptionId, { expand: ["discounts"] });
  // Checked at Stripe rather than in our mirror, which may lag: a code is redeemable only once.
  if (!current.discounts.some((d) => promotionCodeOf(d) === stripePromotionCodeId)) {
    await stripe.subscriptions.update(
      subscriptionId,
      { discounts: [{ promotion_code: stripePromotionCodeId! }] },
      { idempotencyKey: `dispatch-apply-${code.id}` },
    );
  }
  await syncSubscription(subscriptionId);
  await markCodeRedeemed(code.code);
  const [recorded, emails] = await Promise.all([
    db.discountCode.findUniqueOrThrow({ where: { id: code.id } }),
    db.emailMessage.count({ where: { key: appliedEmailKey(code.id) } }),
  ]);
  return { code: recorded, emailed: emails > 0 };
}
