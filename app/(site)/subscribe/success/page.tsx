import type { Metadata } from "next";
import { BriefOffer } from "@/components/briefs/brief-offer";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { requireUser } from "@/lib/auth/guards";
import { getCompletedCheckout } from "@/lib/billing/checkout-return";
import { isSubscriptionLive } from "@/lib/entitlements";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Welcome", robots: { index: false } };

interface Props {
  searchParams: Promise<{ session_id?: string; next?: string }>;
}

// Stripe sends the reader here after paying. We read the session from Stripe right away, so
// access starts now rather than when the webhook happens to arrive.
export default async function CheckoutSuccessPage({ searchParams }: Props) {
  const { session_id: sessionId, next } = await searchParams;
  const user = await requireUser("/account");
  const subscription = sessionId ? await getCompletedCheckout(sessionId, user.id) : null;
  const continueTo = safeReturnPath(next);
  if (!subscription) {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="font-serif text-3xl font-bold">We’re confirming your payment</h1>
        <p className="mt-4">Stripe hasn’t confirmed this checkout yet. This page will show your plan once it does.</p>
        <p className="mt-4">
          <a
            href={`/subscribe/success?session_id=${encodeURIComponent(sessionId ?? "")}&next=${encodeURIComponent(continueTo)}`}
            className="underline"
          >
            Check again
          </a>
        </p>
      </div>
    );
  }
  if (!isSubscriptionLive(subscription)) {
    // A second subscription, canceled and refunded by the safety net (lib/billing/duplicate-subscriptions.ts).
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="font-serif text-3xl font-bold">You were already subscribed</h1>
        <p className="mt-4">
          You already had a subscription, so we canceled this second one straight away and refunded the payment in full. We have sent you an
          email about it.
        </p>
        <p className="mt-6">
          <a href="/account" className="underline">
            See your subscription
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="font-serif text-3xl font-bold">Welcome, you’re subscribed</h1>
      <p className="mt-4">
        Your <strong>{subscription.plan.name}</strong> plan is active. It renews on {formatDate(subscription.currentPeriodEnd)}; manage it
        any time from your account.
      </p>
      <p className="mt-6">
        <a href={continueTo} className="inline-block rounded bg-accent px-5 py-2.5 font-semibold text-white hover:bg-red-900">
          {continueTo === "/" ? "Start reading" : "Continue reading"}
        </a>
      </p>
      <div className="mt-8">
        <BriefOffer userId={user.id} />
      </div>
    </div>
  );
}
