import "server-only";
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { getStripe } from "./stripe";

const FINAL_STATUSES = ["canceled", "incomplete_expired"] as const;

/** Cancels every live subscription of a reader at Stripe right away (used before deleting them). */
export async function cancelAllSubscriptions(userId: string): Promise<void> {
  const live = await db.subscription.findMany({ where: { userId, status: { notIn: [...FINAL_STATUSES] } } });
  for (const subscription of live) {
    try {
      await getStripe().subscriptions.cancel(subscription.stripeSubscriptionId);
    } catch (error) {
      // Already gone at Stripe: nothing left to cancel.
      if ((error as Stripe.errors.StripeError).code !== "resource_missing") throw error;
    }
  }
}
