import "server-only";
import { billingDeps, type BillingDeps } from "./billing-deps";
import { idOf } from "./stripe";
import { syncSubscription } from "./sync-subscription";

/**
 * The subscription a finished checkout created, synced from Stripe now. Null while the
 * session is not complete, or when it belongs to someone else.
 */
export async function getCompletedCheckout(sessionId: string, userId: string, deps: BillingDeps = billingDeps()) {
  let session;
  try {
    session = await deps.stripe.checkout.sessions.retrieve(sessionId);
  } catch {
    return null;
  }
  if (session.client_reference_id !== userId || session.status !== "complete" || !session.subscription) return null;
  const subscriptionId = idOf(session.subscription);
  await syncSubscription(subscriptionId, deps);
  return deps.db.subscription.findFirst({ where: { stripeSubscriptionId: subscriptionId, userId }, include: { plan: true } });
}
