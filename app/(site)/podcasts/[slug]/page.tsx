import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaywallNotice } from "@/components/paywall/paywall-notice";
import { InteractiveTranscript } from "@/components/podcast/interactive-transcript";
import { getEpisodeForViewer } from "@/lib/content/podcasts";
import { startSeconds } from "@/lib/podcasts/start-time";
import { formatDate, formatDuration } from "@/lib/format";
import { ANONYMOUS } from "@/lib/entitlements";
import { getAccessPolicy, getViewer } from "@/lib/viewer";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ t?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata is the same for everyone, so it is built as for an anonymous reader.
  const episode = await getEpisodeForViewer((await params).slug, ANONYMOUS, getAccessPolicy());
  if (!episode) return {};
  return {
    title: episode.title,
    description: episode.summary,
    openGraph: { type: "website", title: episode.title, description: episode.summary },
  };
}

export default async function EpisodePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const episode = await getEpisodeForViewer(slug, viewer, getAccessPolicy());
  if (!episode) notFound();
  const startAt = startSeconds((await searchParams).t, episode.durationSeconds);
  // The media fragment makes the browser start there, with or without the page's script.
  const audioSrc = startAt > 0 ? `${episode.audioUrl}#t=${startAt}` : episode.audioUrl;
  return (
    <article className="mx-auto max-w-2xl">
      <header>
        <p className="text-sm text-muted">
          Episode {episode.number} · {episode.publishedAt && formatDate(episode.publishedAt)} · {formatDuration(episode.durationSeconds)}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight">{episode.title}</h1>
        <p className="mt-3 text-lg text-muted">{episode.summary}</p>
      </header>
      <figure id="listen" className="mt-6">
        <figcaption className="sr-only">Listen to episode {episode.number}</figcaption>
        <audio id="episode-audio" controls preload="metadata" src={audioSrc} className="w-full">
          <a href={episode.audioUrl}>Download the episode audio</a>
        </audio>
      </figure>
      <section aria-labelledby="transcript-heading" className="mt-10">
        <h2 id="transcript-heading" className="font-serif text-2xl font-bold">
          Transcript
        </h2>
        {episode.transcriptDecision?.allowed ? (
          <InteractiveTranscript
            segments={episode.segments}
            audioId="episode-audio"
            pagePath={`/podcasts/${episode.slug}`}
            title={episode.title}
            startAt={startAt}
          />
        ) : episode.transcriptDecision ? (
          <PaywallNotice
            reason={episode.transcriptDecision.reason}
            returnTo={`/podcasts/${episode.slug}`}
            signedIn={viewer.kind === "user"}
            what="transcript"
          />
        ) : (
          <p>No transcript for this episode yet.</p>
        )}
      </section>
    </article>
  );
}
