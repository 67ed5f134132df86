import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SegmentTable } from "@/components/desk/episode-editor/segment-table";
import { requireRole } from "@/lib/auth/guards";
import { DESK_ID_PATTERN } from "@/lib/desk/desk-id";
import { getDeskEpisode, getTranscriptForEditing } from "@/lib/desk/episodes/episodes";
import { formatDuration } from "@/lib/format";

export const metadata: Metadata = { title: "Edit transcript", robots: { index: false } };

export default async function EditTranscriptPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("EDITOR");
  const { id } = await params;
  if (!DESK_ID_PATTERN.test(id)) notFound();
  const [episode, transcript] = await Promise.all([getDeskEpisode(id), getTranscriptForEditing(id)]);
  if (!episode || !transcript) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/episodes/${episode.id}`} prefetch={false} className="underline">
          Back to episode {episode.number}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Transcript of episode {episode.number}</h1>
      <p className="mt-1 text-muted">
        {episode.title}
        {episode.durationSeconds > 0 && ` · the audio is ${formatDuration(episode.durationSeconds)} long`}
      </p>
      {episode.audioUrl && (
        <audio controls preload="metadata" src={episode.audioUrl} className="sticky top-0 z-10 mt-4 w-full bg-paper">
          <a href={episode.audioUrl}>Download the audio</a>
        </audio>
      )}
      <div className="mt-6">
        <SegmentTable id={episode.id} openedAt={transcript.updatedAt.toISOString()} segments={transcript.segments} />
      </div>
    </>
  );
}
