import type { Metadata } from "next";
import { listEpisodes } from "@/lib/content/podcasts";
import { formatDate, formatDuration } from "@/lib/format";
import { publicFeedUrl } from "@/lib/podcasts/feed-urls";
import { podcastAppLinks } from "@/lib/podcasts/podcast-apps";
import { getPublication } from "@/lib/publication";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Podcast", description: "Our twice-weekly podcast on China and the Global South." };

export default async function PodcastsPage() {
  const [episodes, publication] = await Promise.all([listEpisodes(), getPublication()]);
  const feedUrl = publicFeedUrl(publication.url);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Podcast</h1>
      <p className="mt-2 text-muted">Conversations with reporters and researchers, twice a week. Transcripts are for subscribers.</p>
      {/* Not a heading: the episode titles are the page's h2s. */}
      <aside aria-labelledby="follow-label" className="mt-4 rounded border border-neutral-300 p-4">
        <p id="follow-label" className="font-semibold">
          Follow in your podcast app
        </p>
        <p className="mt-1 text-sm">
          {podcastAppLinks(feedUrl).map((link) => (
            <span key={link.app}>
              <a href={link.href} className="underline">
                {link.app}
              </a>
              {" · "}
            </span>
          ))}
          <a href={feedUrl} className="underline">
            RSS feed
          </a>
        </p>
        <p className="mt-1 text-sm text-muted">
          Subscribers get a private feed with every transcript from{" "}
          <a href="/account#podcast-feed" className="underline">
            their account
          </a>
          .
        </p>
      </aside>
      <ol className="mt-6">
        {episodes.map((episode) => (
          <li key={episode.id} className="border-t border-neutral-300 py-4">
            <p className="text-sm text-muted">
              Episode {episode.number} · {episode.publishedAt && formatDate(episode.publishedAt)} ·{" "}
              {formatDuration(episode.durationSeconds)}
            </p>
            <h2 className="mt-1 font-serif text-xl font-bold">
              <a href={`/podcasts/${episode.slug}`} className="hover:underline">
                {episode.title}
              </a>
            </h2>
            <p className="mt-1 text-muted">{episode.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
