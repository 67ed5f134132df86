import "server-only";
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { LIVE_STATUSES } from "@/lib/entitlements";
import { getStripe } from "./stripe";

/** Cancels every live subscription of a reader at Stripe right away (used before deleting them). */
export async function cancelAllSubscriptions(userId: string): Promise<void> {
  const live = await db.subscription.findMany({ where: { userId, status: { in: [...LIVE_STATUSES] } } });
  for (const subscription of live) {
    try {
      await getStripe().subscriptions.cancel(subscription.stripeSubscriptionId);
    } catch (error) {
      // Already gone at Stripe: nothing left to cancel.
      if ((error as Stripe.errors.StripeError).code !== "resource_missing") throw error;
    }
  }
}
