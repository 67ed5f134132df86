import "server-only";
import type Stripe from "stripe";
import { BILLING_TRANSACTION, billingDeps, type BillingDeps } from "./billing-deps";
import { idOf } from "./stripe";
import { afterSync, syncSubscriptionIn, type SyncResult } from "./sync-subscription";

// Which subscription an event concerns. Every handled event leads to the same thing: re-read
// that subscription from Stripe (see sync-subscription.ts). Unknown types are acknowledged.
function subscriptionIdOf(event: Stripe.Event): string | null {
  const optionalId = (value: string | { id: string } | null | undefined) => (value ? idOf(value) : null);
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      return optionalId(event.data.object.subscription);
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
    case "customer.subscription.paused":
    case "customer.subscription.resumed":
      return event.data.object.id;
    case "invoice.paid":
    case "invoice.payment_failed":
    case "invoice.payment_succeeded":
      return optionalId(event.data.object.parent?.subscription_details?.subscription);
    default:
      return null;
  }
}

export type WebhookOutcome = "processed" | "duplicate" | "ignored" | "unactionable";

/**
 * Handles one verified event exactly once. The event id is claimed by inserting its row in the
 * transaction that does the work: a delivery arriving meanwhile waits on that row and then finds
 * it (a duplicate), and if the work fails the claim is rolled back with it, so Stripe's retry
 * runs it again. Events the app can't act on are recorded with the reason and acknowledged;
 * anything else that fails (database, Stripe unreachable) throws, and the route answers 500.
 */
export async function handleStripeEvent(event: Stripe.Event, deps: BillingDeps = billingDeps()): Promise<WebhookOutcome> {
  const subscriptionId = subscriptionIdOf(event);
  let result: SyncResult | null = null;
  const outcome = await deps.db.$transaction(async (tx): Promise<WebhookOutcome> => {
    const claimed = await tx.$executeRaw`
      INSERT INTO "StripeEvent" (id, type, "processedAt") VALUES (${event.id}, ${event.type}, now()) ON CONFLICT (id) DO NOTHING`;
    if (claimed === 0) return "duplicate";
    if (!subscriptionId) {
      await tx.stripeEvent.update({ where: { id: event.id }, data: { status: "ignored" } });
      return "ignored";
    }
    result = await syncSubscriptionIn(tx, subscriptionId, deps);
    if (result.outcome !== "unactionable") return "processed";
    console.warn(`[billing] webhook ${event.id} (${event.type}) can't be acted on: ${result.reason}`);
    await tx.stripeEvent.update({ where: { id: event.id }, data: { status: "unactionable", reason: result.reason } });
    return "unactionable";
  }, BILLING_TRANSACTION);
  if (result) await afterSync(result);
  return outcome;
}
