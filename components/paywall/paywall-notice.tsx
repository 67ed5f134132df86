import { beaconPath } from "@/lib/business/funnel";
import type { DenialReason } from "@/lib/entitlements";

// Shown in place of the gated remainder. The remainder itself never reaches this page.
interface PaywallNoticeProps {
  reason: DenialReason;
  returnTo: string;
  signedIn: boolean;
  what?: string;
  /** The article behind the paywall, counted in the first-party funnel (lib/business/funnel.ts). */
  articleId?: string;
}

export function PaywallNotice({ reason, returnTo, signedIn, what = "analysis", articleId }: PaywallNoticeProps) {
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;
  const from = articleId ? `&from=${encodeURIComponent(articleId)}` : "";
  return (
    <section aria-labelledby="paywall-heading" className="my-8 rounded-lg border-2 border-accent bg-white p-6">
      {reason === "sign-in" ? (
        <>
          <h2 id="paywall-heading" className="font-serif text-2xl font-bold">
            Sign in to keep reading
          </h2>
          <p className="mt-2">This {what} is free for registered readers. Sign in with your email address — no password needed.</p>
          <p className="mt-4">
            <a href={signInHref} className="inline-block rounded bg-accent px-5 py-2.5 font-semibold text-white hover:bg-red-900">
              Sign in to read
            </a>
          </p>
        </>
      ) : (
        <>
          <h2 id="paywall-heading" className="font-serif text-2xl font-bold">
            Subscribe to keep reading
          </h2>
          <p className="mt-2">
            This {what} is for subscribers. Subscribe for full access to our reporting, analysis and podcast transcripts. Students and
            teachers pay half.
          </p>
          <p className="mt-4 flex flex-wrap items-center gap-4">
            {/* A plain link so that its `ping` (a cookie-free count of the click) is sent. */}
            <a
              href={`/pricing?next=${encodeURIComponent(returnTo)}${from}`}
              ping={articleId ? beaconPath("pricing", articleId) : undefined}
              className="inline-block rounded bg-accent px-5 py-2.5 font-semibold text-white hover:bg-red-900"
            >
              See subscription plans
            </a>
            {!signedIn && (
              <a href={signInHref} className="underline">
                Already a subscriber? Sign in
              </a>
            )}
          </p>
          {articleId && (
            // The impression count: an image the browser fetches when the paywall is near the
            // viewport, so reading the page itself writes nothing and needs no script.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={beaconPath("impression", articleId)}
              alt=""
              width={1}
              height={1}
              loading="lazy"
              referrerPolicy="no-referrer"
              className="absolute"
            />
          )}
        </>
      )}
    </section>
  );
}
