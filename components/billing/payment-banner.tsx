import { isInPaymentGracePeriod } from "@/lib/entitlements";
import { getAccessPolicy, getViewer } from "@/lib/viewer";

// Shown on every page while a subscriber's renewal has failed but the grace period runs. It
// links to the account page rather than opening the portal itself, so reading pages never load
// billing code.
export async function PaymentBanner() {
  if (!isInPaymentGracePeriod(await getViewer(), getAccessPolicy())) return null;
  return (
    <div role="alert" className="bg-amber-100 px-4 py-3 text-amber-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3">
        <p>
          <strong>Your last payment failed.</strong> Update your card to keep reading after the grace period.
        </p>
        <a href="/account#billing" className="rounded bg-amber-900 px-4 py-1.5 font-semibold text-white">
          Fix payment
        </a>
      </div>
    </div>
  );
}
