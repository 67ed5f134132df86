import "server-only";
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { syncSubscription } from "./sync-subscription";

// Which subscription an event concerns. Every handled event leads to the same thing: re-read
// that subscription from Stripe (see sync-subscription.ts). Unknown types are acknowledged.
function subscriptionIdOf(event: Stripe.Event): string | null {
  const idOf = (value: string | { id: string } | null | undefined) => (value ? (typeof value === "string" ? value : value.id) : null);
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      return idOf(event.data.object.subscription);
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
    case "customer.subscription.paused":
    case "customer.subscription.resumed":
      return event.data.object.id;
    case "invoice.paid":
    case "invoice.payment_failed":
    case "invoice.payment_succeeded":
      return idOf(event.data.object.parent?.subscription_details?.subscription);
    default:
      return null;
  }
}

export type WebhookOutcome = "processed" | "duplicate" | "ignored";

/** Handles one verified event exactly once; throws (→ 500, Stripe retries) on real failures. */
export async function handleStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  const seen = await db.stripeEvent.findUnique({ where: { id: event.id } });
  if (seen?.processedAt) return "duplicate";
  const subscriptionId = subscriptionIdOf(event);
  if (subscriptionId) await syncSubscription(subscriptionId);
  await db.stripeEvent.upsert({
    where: { id: event.id },
    update: { processedAt: new Date() },
    create: { id: event.id, type: event.type, processedAt: new Date() },
  });
  return subscriptionId ? "processed" : "ignored";
}
