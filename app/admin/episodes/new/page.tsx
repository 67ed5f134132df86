import type { Metadata } from "next";
import { EpisodeDetailsForm } from "@/components/desk/episode-editor/episode-details-form";
import { requireRole } from "@/lib/auth/guards";
import { suggestNextEpisodeNumber } from "@/lib/desk/episodes/episodes";

export const metadata: Metadata = { title: "New episode", robots: { index: false } };

export default async function NewEpisodePage() {
  await requireRole("EDITOR");
  const number = await suggestNextEpisodeNumber();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">New episode</h1>
      <p className="mt-2 text-muted">Create the draft first; then add its audio and transcript, and publish it.</p>
      <div className="mt-6 max-w-2xl">
        <EpisodeDetailsForm episode={{ number, title: "", slug: "", summary: "", season: null, episodeType: "full", explicit: false }} />
      </div>
    </>
  );
}
