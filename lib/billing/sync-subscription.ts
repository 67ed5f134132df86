import "server-only";
import type { Prisma } from "@prisma/client";
import type Stripe from "stripe";
import { markCodeRedeemed } from "@/lib/discounts/issue-code";
import { getEnv } from "@/lib/env";
import { ACCOUNT_DELETION_COMMENT } from "./cancel";
import { BILLING_TRANSACTION, billingDeps, lockFor, type BillingDeps } from "./billing-deps";
import { queueBillingEmails } from "./queue-billing-emails";
import { cancelDuplicates, isDuplicateCancellation, refundDuplicate } from "./duplicate-subscriptions";
import { idOf, isMissingAtStripe } from "./stripe";
import { isNewerSnapshot, toSubscriptionRecord } from "./subscription-record";

export type SyncResult =
  | { outcome: "synced"; discountCode: string | null }
  /** A newer snapshot was already mirrored (a slower concurrent sync); nothing to do. */
  | { outcome: "stale" }
  /** Nothing Dispatch can act on: the subscription is gone at Stripe, or belongs to no reader. */
  | { outcome: "unactionable"; reason: string };

async function retrieve(stripe: Stripe, subscriptionId: string): Promise<Stripe.Subscription | null> {
  try {
    return await stripe.subscriptions.retrieve(subscriptionId, { expand: ["discounts.promotion_code", "discounts.source.coupon"] });
  } catch (error) {
    if (isMissingAtStripe(error)) return null;
    throw error;
  }
}

/** The reader a subscription belongs to, locked so that deleting them waits until this sync is done. */
async function ownerOf(tx: Prisma.TransactionClient, sub: Stripe.Subscription) {
  const rows = await tx.$queryRaw<Array<{ id: string; email: string }>>`
    SELECT id, email FROM "User" WHERE id = ${sub.metadata.userId ?? null} OR "stripeCustomerId" = ${idOf(sub.customer)}
    LIMIT 1 FOR KEY SHARE`;
  return rows[0] ?? null;
}

/**
 * Re-reads a subscription from Stripe and mirrors it into our database, inside the caller's
 * transaction (the webhook's, so the event is claimed and processed together). Safe to run any
 * number of times, concurrently and in any order: runs for one subscription take turns, and an
 * older snapshot never overwrites a newer one. Cancels and refunds a second live subscription.
 */
export async function syncSubscriptionIn(tx: Prisma.TransactionClient, subscriptionId: string, deps: BillingDeps): Promise<SyncResult> {
  let observedAt = new Date();
  let sub = await retrieve(deps.stripe, subscriptionId);
  if (!sub) return { outcome: "unactionable", reason: `Subscription ${subscriptionId} does not exist at Stripe` };
  const { canceled, outdated } = await cancelDuplicates(deps.stripe, sub);
  if (outdated || canceled.includes(sub.id)) {
    observedAt = new Date();
    sub = (await retrieve(deps.stripe, sub.id)) ?? sub;
  }

  await lockFor(tx, "subscription", sub.id);
  const owner = await ownerOf(tx, sub);
  if (!owner) return { outcome: "unactionable", reason: `Subscription ${sub.id} belongs to no reader (customer ${idOf(sub.customer)})` };
  const previous = await tx.subscription.findUnique({ where: { stripeSubscriptionId: sub.id } });
  if (!isNewerSnapshot(observedAt, previous)) return { outcome: "stale" };
  const { priceId, ...record } = toSubscriptionRecord(sub, observedAt, previous);
  const plan = await tx.plan.findUnique({ where: { stripePriceId: priceId } });
  if (!plan)
    return { outcome: "unactionable", reason: `Subscription ${sub.id} uses price ${priceId}, which matches no plan: run the plan sync` };

  // Refunded when the cancellation is first seen; the transaction that records it commits only if the refund went through.
  const refunded = isDuplicateCancellation(sub) && previous?.status !== "canceled" ? await refundDuplicate(deps.stripe, sub) : null;
  const data = { ...record, planId: plan.id, stripeSyncedAt: observedAt };
  await tx.subscription.upsert({
    where: { stripeSubscriptionId: sub.id },
    update: data,
    create: { ...data, userId: owner.id, stripeSubscriptionId: sub.id },
  });
  await queueBillingEmails(tx, owner, previous, record, {
    subscriptionId: sub.id,
    plan,
    refunded,
    endedWithAccount: sub.cancellation_details?.comment === ACCOUNT_DELETION_COMMENT,
    observedAt,
    pastDueGraceDays: getEnv().PAST_DUE_GRACE_DAYS,
  });
  // The subscription that stays mirrors (and so refunds) the ones it canceled now, not when their
  // webhooks come. Only it does, so locks are always taken oldest to newest: no deadlock.
  if (!outdated && !canceled.includes(sub.id)) for (const id of canceled) await syncSubscriptionIn(tx, id, deps);
  return { outcome: "synced", discountCode: record.discountCode };
}

/** After the transaction committed: what the sync tells the discount module. */
export async function afterSync(result: SyncResult): Promise<void> {
  if (result.outcome === "synced" && result.discountCode) await markCodeRedeemed(result.discountCode);
}

/** Syncs one subscription in a transaction of its own (checkout return page, jobs). */
export async function syncSubscription(subscriptionId: string, deps: BillingDeps = billingDeps()): Promise<SyncResult> {
  const result = await deps.db.$transaction((tx) => syncSubscriptionIn(tx, subscriptionId, deps), BILLING_TRANSACTION);
  await afterSync(result);
  return result;
}
