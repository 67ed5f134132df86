// POST /api/stripe/webhook — keeps billing state in sync with Stripe.
import { getEnv } from "@/lib/env";
import { handleStripeEvent } from "@/lib/billing/webhook";
import { getStripe } from "@/lib/billing/stripe";

export async function POST(request: Request) {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  const signature = request.headers.get("stripe-signature");
  if (!secret) return Response.json({ error: "Webhooks are not configured" }, { status: 500 });
  if (!signature) return Response.json({ error: "Missing Stripe-Signature header" }, { status: 400 });

  const body = await request.text(); // the raw body: the signature covers these exact bytes
  let event;
  try {
    event = getStripe().webhooks.constructEvent(body, signature, secret);
  } catch (error) {
    return Response.json({ error: `Invalid signature: ${(error as Error).message}` }, { status: 400 });
  }

  try {
    return Response.json({ received: true, outcome: await handleStripeEvent(event) });
  } catch (error) {
    console.error(`[billing] webhook ${event.id} (${event.type}) failed:`, error);
    return Response.json({ error: "Processing failed; Stripe will retry" }, { status: 500 });
  }
}
