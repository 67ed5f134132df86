import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { listDeskEpisodes } from "@/lib/desk/episodes/episodes";
import { STATUS_LABELS, transcriptLabel } from "@/lib/desk/episodes/episode-labels";
import { describeZoned } from "@/lib/desk/zoned-time";
import { formatDuration } from "@/lib/format";
import { getPublication } from "@/lib/publication";

export const metadata: Metadata = { title: "Podcast episodes", robots: { index: false } };

export default async function EpisodesPage() {
  await requireRole("EDITOR");
  const [episodes, { timeZone }] = await Promise.all([listDeskEpisodes(), getPublication()]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Podcast episodes</h1>
        <Link href="/admin/episodes/new" prefetch={false} className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          New episode
        </Link>
      </div>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Every episode, newest number first</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">
                No.
              </th>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Publish time</th>
              <th scope="col">Length</th>
              <th scope="col">Transcript</th>
            </tr>
          </thead>
          <tbody>
            {episodes.map((episode) => {
              const when = episode.status === "SCHEDULED" ? episode.scheduledFor : episode.publishedAt;
              return (
                <tr key={episode.id} className="border-b border-neutral-200">
                  <td className="py-2">{episode.number}</td>
                  <td>
                    <Link href={`/admin/episodes/${episode.id}`} prefetch={false} className="font-semibold underline">
                      {episode.title}
                    </Link>
                  </td>
                  <td>{STATUS_LABELS[episode.status]}</td>
                  <td>{when ? describeZoned(when, timeZone) : "—"}</td>
                  <td>{episode.audioUrl ? formatDuration(episode.durationSeconds) : "no audio"}</td>
                  <td>{transcriptLabel(episode.transcript)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {episodes.length === 0 && <p className="mt-4">No episodes yet.</p>}
      </div>
    </>
  );
}
