import "server-only";
import { db } from "@/lib/db";
import { markCodeRedeemed } from "@/lib/discounts/issue-code";
import { getStripe } from "./stripe";
import { isNewerSnapshot, toSubscriptionRecord } from "./subscription-record";

/**
 * Re-reads a subscription from Stripe and mirrors it into our database. Called for every
 * subscription-related webhook and on the checkout return page; safe to call any number of
 * times, in any order.
 */
export async function syncSubscription(subscriptionId: string): Promise<void> {
  const observedAt = new Date();
  const sub = await getStripe().subscriptions.retrieve(subscriptionId, {
    expand: ["discounts.promotion_code", "discounts.source.coupon"],
  });
  const customerId = typeof sub.customer === "string" ? sub.customer : sub.customer.id;
  const user = await db.user.findFirst({
    where: { OR: [...(sub.metadata.userId ? [{ id: sub.metadata.userId }] : []), { stripeCustomerId: customerId }] },
    select: { id: true },
  });
  if (!user) {
    // A subscription made outside Dispatch (e.g. in the Stripe dashboard) for an unknown customer.
    console.warn(`[billing] subscription ${sub.id} belongs to no known reader (customer ${customerId}); ignored`);
    return;
  }

  const applied = await db.$transaction(async (tx) => {
    // Lock the row so two webhooks for the same subscription apply one after the other.
    await tx.$executeRaw`SELECT 1 FROM "Subscription" WHERE "stripeSubscriptionId" = ${sub.id} FOR UPDATE`;
    const previous = await tx.subscription.findUnique({ where: { stripeSubscriptionId: sub.id } });
    if (!isNewerSnapshot(observedAt, previous)) return null;
    const { priceId, ...record } = toSubscriptionRecord(sub, observedAt, previous);
    const plan = await tx.plan.findUnique({ where: { stripePriceId: priceId }, select: { id: true } });
    if (!plan) throw new Error(`Subscription ${sub.id} uses price ${priceId}, which matches no plan: run the plan sync`);
    const data = { ...record, planId: plan.id, stripeSyncedAt: observedAt };
    await tx.subscription.upsert({
      where: { stripeSubscriptionId: sub.id },
      update: data,
      create: { ...data, userId: user.id, stripeSubscriptionId: sub.id },
    });
    return record;
  });
  if (applied?.discountCode) await markCodeRedeemed(applied.discountCode);
}
