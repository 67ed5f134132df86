// GET /subscribe/<plan>?next=/articles/… — sends a signed-in reader to Stripe Checkout for that
// plan. A GET (not a form post) so that the sign-in link can bring a new reader straight back
// here; it only creates a checkout session, which changes nothing until the reader pays.
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { startCheckout, type CheckoutStart } from "@/lib/billing/checkout";
import { isStripeUnavailable } from "@/lib/billing/stripe";
import { funnelSource, countFunnelEvent } from "@/lib/business/record-funnel";
import { db } from "@/lib/db";
import { getOpenCode } from "@/lib/discounts/issue-code";
import { getSessionUser } from "@/lib/viewer";

export async function GET(request: Request, { params }: { params: Promise<{ plan: string }> }) {
  const { plan: slug } = await params;
  const url = new URL(request.url);
  const next = safeReturnPath(url.searchParams.get("next"));
  const plan = await db.plan.findFirst({ where: { slug, active: true } });
  if (!plan) return new Response("No such plan", { status: 404 });

  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/subscribe/${plan.slug}?next=${encodeURIComponent(next)}`)}`);

  // A reader's own academic code is applied for them; anyone can still type a code at Stripe.
  const code = await getOpenCode(user.id);
  const from = await funnelSource(url.searchParams.get("from"), request.headers);
  let checkout: CheckoutStart;
  try {
    checkout = await startCheckout(user, plan, {
      returnTo: next,
      promotionCodeId: code?.stripePromotionCodeId ?? undefined,
      fromArticleId: from,
    });
  } catch (error) {
    // Nothing was written before Stripe failed: back to the plans, with a way to try again.
    if (!isStripeUnavailable(error)) throw error;
    console.error(`[checkout] Stripe unavailable: ${error instanceof Error ? error.message : String(error)}`);
    redirect(`/pricing?error=payments-unavailable&next=${encodeURIComponent(next)}`);
  }
  if (from && checkout.outcome === "checkout") await countFunnelEvent(from, "checkoutStarts");
  // A reader with a subscription changes plans in the billing portal; /account says so.
  redirect(checkout.outcome === "checkout" ? checkout.url : "/account?error=already-subscribed");
}
