import "server-only";
import { LIVE_STATUSES } from "@/lib/entitlements";
import { billingDeps, type BillingDeps } from "./billing-deps";
import { isMissingAtStripe } from "./stripe";

/** Written on these cancellations, so a sync racing the deletion doesn't also send "your subscription ended". */
export const ACCOUNT_DELETION_COMMENT = "Dispatch: the reader deleted their account";

/**
 * Cancels every live subscription of a reader at Stripe right away (used before deleting them).
 * Returns how many it canceled.
 */
export async function cancelAllSubscriptions(userId: string, { db, stripe }: BillingDeps = billingDeps()): Promise<number> {
  const live = await db.subscription.findMany({ where: { userId, status: { in: [...LIVE_STATUSES] } } });
  let canceled = 0;
  for (const subscription of live) {
    try {
      await stripe.subscriptions.cancel(subscription.stripeSubscriptionId, { cancellation_details: { comment: ACCOUNT_DELETION_COMMENT } });
      canceled += 1;
    } catch (error) {
      // Already gone at Stripe: nothing left to cancel.
      if (!isMissingAtStripe(error)) throw error;
    }
  }
  return canceled;
}
