import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EpisodeAudioPanel } from "@/components/desk/episode-editor/episode-audio-panel";
import { EpisodeDetailsForm } from "@/components/desk/episode-editor/episode-details-form";
import { EpisodePublishPanel } from "@/components/desk/episode-editor/episode-publish-panel";
import { TranscriptImportForm } from "@/components/desk/episode-editor/transcript-import-form";
import { SpeakerRenameForm, TranscriptAccessForm } from "@/components/desk/episode-editor/transcript-settings-forms";
import { Notice } from "@/components/ui/notice";
import { requireRole } from "@/lib/auth/guards";
import { DESK_ID_PATTERN } from "@/lib/desk/desk-id";
import { audioFactsLabel, STATUS_LABELS, transcriptLabel } from "@/lib/desk/episodes/episode-labels";
import { getDeskEpisode, listTranscriptSpeakers } from "@/lib/desk/episodes/episodes";
import { formatMegabytes } from "@/lib/desk/upload-stream";
import { describeZoned, formatZonedLocal } from "@/lib/desk/zoned-time";
import { UPLOAD_MAX_BYTES } from "@/lib/http/request-checks";
import { getPublication } from "@/lib/publication";

export const metadata: Metadata = { title: "Edit episode", robots: { index: false } };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string | string[] }>;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-neutral-300 bg-white p-4 sm:p-6">
      <h2 id={id} className="mb-4 font-serif text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function EditEpisodePage({ params, searchParams }: Props) {
  await requireRole("EDITOR");
  const { id } = await params;
  if (!DESK_ID_PATTERN.test(id)) notFound();
  const [episode, speakers, { timeZone }, query] = await Promise.all([
    getDeskEpisode(id),
    listTranscriptSpeakers(id),
    getPublication(),
    searchParams,
  ]);
  if (!episode) notFound();
  const transcript = episode.transcript;
  const hasSegments = (transcript?._count.segments ?? 0) > 0;
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/episodes" prefetch={false} className="underline">
          All episodes
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">
        Episode {episode.number}: {episode.title}
      </h1>
      <p className="mt-1 text-muted">{STATUS_LABELS[episode.status]}</p>
      {query.created === "1" && (
        <div className="mt-4">
          <Notice>Draft created. Add its audio and transcript below, then publish it.</Notice>
        </div>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Section id="details-heading" title="Details">
          <EpisodeDetailsForm episode={episode} />
        </Section>
        <div className="space-y-6">
          <Section id="publishing-heading" title="Publishing">
            <EpisodePublishPanel
              id={episode.id}
              status={episode.status}
              scheduledLabel={episode.scheduledFor && describeZoned(episode.scheduledFor, timeZone)}
              publishedLabel={episode.publishedAt && describeZoned(episode.publishedAt, timeZone)}
              scheduledValue={episode.scheduledFor ? formatZonedLocal(episode.scheduledFor, timeZone) : ""}
              timeZone={timeZone}
              publicUrl={`/podcasts/${episode.slug}`}
            />
          </Section>
          <Section id="audio-heading" title="Audio">
            <EpisodeAudioPanel
              id={episode.id}
              audioUrl={episode.audioUrl}
              facts={episode.audioUrl ? audioFactsLabel(episode) : null}
              maxUploadLabel={formatMegabytes(UPLOAD_MAX_BYTES)}
            />
          </Section>
        </div>
      </div>
      <div className="mt-6">
        <Section id="transcript-heading" title="Transcript">
          <p className="mb-4">
            Now: {transcriptLabel(transcript)}.{" "}
            {hasSegments && (
              <Link href={`/admin/episodes/${episode.id}/transcript`} prefetch={false} className="font-semibold underline">
                Edit the segments
              </Link>
            )}
          </p>
          {transcript && (
            <div className="mb-6 space-y-4">
              <TranscriptAccessForm id={episode.id} access={transcript.access} />
              <SpeakerRenameForm id={episode.id} speakers={speakers} />
            </div>
          )}
          <h3 className="mb-2 font-semibold">{hasSegments ? "Replace it with an import" : "Import a transcript"}</h3>
          <TranscriptImportForm id={episode.id} hasTranscript={Boolean(transcript)} />
        </Section>
      </div>
    </>
  );
}
