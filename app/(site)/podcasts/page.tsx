import type { Metadata } from "next";
import Link from "next/link";
import { listEpisodes } from "@/lib/content/podcasts";
import { formatDate, formatDuration } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Podcast", description: "Our twice-weekly podcast on China and the Global South." };

export default async function PodcastsPage() {
  const episodes = await listEpisodes();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Podcast</h1>
      <p className="mt-2 text-muted">Conversations with reporters and researchers, twice a week. Transcripts are for subscribers.</p>
      <ol className="mt-6">
        {episodes.map((episode) => (
          <li key={episode.id} className="border-t border-neutral-300 py-4">
            <p className="text-sm text-muted">
              Episode {episode.number} · {episode.publishedAt && formatDate(episode.publishedAt)} ·{" "}
              {formatDuration(episode.durationSeconds)}
            </p>
            <h2 className="mt-1 font-serif text-xl font-bold">
              <Link href={`/podcasts/${episode.slug}`} className="hover:underline">
                {episode.title}
              </Link>
            </h2>
            <p className="mt-1 text-muted">{episode.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
