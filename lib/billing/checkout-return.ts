import "server-only";
import { db } from "@/lib/db";
import { getStripe } from "./stripe";
import { syncSubscription } from "./sync-subscription";

/**
 * The subscription a finished checkout created, synced from Stripe now. Null while the
 * session is not complete, or when it belongs to someone else.
 */
export async function getCompletedCheckout(sessionId: string, userId: string) {
  let session;
  try {
    session = await getStripe().checkout.sessions.retrieve(sessionId);
  } catch {
    return null;
  }
  if (session.client_reference_id !== userId || session.status !== "complete" || !session.subscription) return null;
  const subscriptionId = typeof session.subscription === "string" ? session.subscription : session.subscription.id;
  await syncSubscription(subscriptionId);
  return db.subscription.findUnique({ where: { stripeSubscriptionId: subscriptionId }, include: { plan: true } });
}
