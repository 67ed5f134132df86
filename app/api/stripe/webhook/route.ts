// POST /api/stripe/webhook — keeps billing state in sync with Stripe (see lib/billing/README.md).
import { receiveStripeWebhook } from "@/lib/billing/webhook-request";

export async function POST(request: Request) {
  // The raw body: the signature covers these exact bytes.
  const { status, body } = await receiveStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return Response.json(body, { status });
}
