import "server-only";
import { getEnv } from "@/lib/env";
import { billingDeps, type BillingDeps } from "./billing-deps";
import { handleStripeEvent } from "./webhook";

export interface WebhookResponse {
  status: number;
  body: Record<string, unknown>;
}

/**
 * One webhook delivery: the signature is checked on the exact bytes received (400 if it fails),
 * then the event is handled (webhook.ts). A failure we can't classify answers 500, so Stripe retries.
 */
export async function receiveStripeWebhook(
  rawBody: string,
  signature: string | null,
  deps: BillingDeps = billingDeps(),
): Promise<WebhookResponse> {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret) return { status: 500, body: { error: "Webhooks are not configured" } };
  if (!signature) return { status: 400, body: { error: "Missing Stripe-Signature header" } };
  let event;
  try {
    event = deps.stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    return { status: 400, body: { error: `Invalid signature: ${(error as Error).message}` } };
  }
  try {
    return { status: 200, body: { received: true, outcome: await handleStripeEvent(event, deps) } };
  } catch (error) {
    console.error(`[billing] webhook ${event.id} (${event.type}) failed:`, error);
    return { status: 500, body: { error: "Processing failed; Stripe will retry" } };
  }
}
