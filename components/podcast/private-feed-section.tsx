import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { podcastAppLinks } from "@/lib/podcasts/podcast-apps";
import type { PrivateFeedOverview } from "@/lib/podcasts/private-feed-overview";

// The reader's private podcast feed on /account. No client script: the address sits in a
// read-only field the reader selects and copies (or taps an app link, or scans the code).

export function PrivateFeedSection({ overview, action }: { overview: PrivateFeedOverview; action: () => Promise<void> }) {
  return (
    <section id="podcast-feed" aria-labelledby="podcast-feed-heading">
      <h2 id="podcast-feed-heading" className="font-serif text-xl font-bold">
        The podcast in your app
      </h2>
      {overview.state === "not-subscribed" ? (
        <p className="mt-2">
          Subscribers get a personal podcast feed with every transcript, for any podcast app.{" "}
          <a href="/pricing" className="underline">
            See the plans
          </a>
          , or follow the{" "}
          <a href="/podcasts" className="underline">
            public podcast
          </a>
          .
        </p>
      ) : overview.state === "ready" ? (
        <>
          <label htmlFor="podcast-feed-url" className="mt-3 block font-semibold">
            Your private feed address
          </label>
          <input
            id="podcast-feed-url"
            readOnly
            value={overview.url}
            aria-describedby="podcast-feed-hint"
            className="mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2 font-mono text-sm"
          />
          <p id="podcast-feed-hint" className="mt-1 text-sm text-muted">
            Select the address, copy it, and add it in your podcast app (“Add by URL” or “Follow a show by URL”). It brings every episode
            with its transcript. It is personal: please don&apos;t share it. Created {formatDate(overview.createdAt)}.
          </p>
          <p className="mt-3 text-sm">
            Or open it in:{" "}
            {podcastAppLinks(overview.url).map((link, index) => (
              <span key={link.app}>
                {index > 0 && " · "}
                <a href={link.href} className="underline">
                  {link.app}
                </a>
              </span>
            ))}
          </p>
          <figure className="mt-4 w-40">
            {/* Markup from the qrcode package for our own URL: no user input reaches it. */}
            <div className="bg-white" dangerouslySetInnerHTML={{ __html: overview.qrSvg }} />
            <figcaption className="mt-1 text-sm text-muted">Scan with your phone to subscribe there.</figcaption>
          </figure>
          <ReplaceForm action={action} label="Replace with a new address" hint="The current address stops working at once, in every app." />
        </>
      ) : (
        <>
          <p className="mt-2">
            {overview.state === "unreadable"
              ? "Your feed address can't be shown any more. Replace it to get a new one."
              : "Get a personal podcast feed for any podcast app, with every episode's transcript."}
          </p>
          <ReplaceForm action={action} label={overview.state === "none" ? "Create my private feed" : "Replace with a new address"} />
        </>
      )}
    </section>
  );
}

function ReplaceForm({ action, label, hint }: { action: () => Promise<void>; label: string; hint?: string }) {
  return (
    <form action={action} className="mt-4">
      <Button variant="secondary">{label}</Button>
      {hint && <p className="mt-1 text-sm text-muted">{hint}</p>}
    </form>
  );
}
