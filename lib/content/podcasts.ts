import "server-only";
import { db } from "@/lib/db";
import { visibleEpisodeWhere } from "./visibility";
import { getAccess, type AccessDecision, type AccessPolicy, type Viewer } from "@/lib/entitlements";

// Podcast episodes are public; each transcript is gated on its own access level. Segments are
// only loaded from the database for viewers allowed to read them.

const episodeSelect = {
  id: true,
  number: true,
  slug: true,
  title: true,
  summary: true,
  audioUrl: true,
  audioBytes: true,
  durationSeconds: true,
  publishedAt: true,
  transcript: { select: { id: true, access: true } },
} as const;

function publishedWhere() {
  return visibleEpisodeWhere();
}

export async function listEpisodes(limit = 50) {
  return db.podcastEpisode.findMany({ where: publishedWhere(), select: episodeSelect, orderBy: { publishedAt: "desc" }, take: limit });
}

export interface TranscriptSegmentView {
  startMs: number;
  endMs: number;
  speaker: string;
  text: string;
}

export async function getEpisodeForViewer(slug: string, viewer: Viewer, policy: AccessPolicy) {
  const episode = await db.podcastEpisode.findFirst({ where: { slug, ...publishedWhere() }, select: episodeSelect });
  if (!episode) return null;
  const transcriptDecision: AccessDecision | null = episode.transcript ? getAccess(viewer, episode.transcript, policy) : null;
  const segments: TranscriptSegmentView[] =
    episode.transcript && transcriptDecision?.allowed
      ? await db.transcriptSegment.findMany({
          where: { transcriptId: episode.transcript.id },
          select: { startMs: true, endMs: true, speaker: true, text: true },
          orderBy: { position: "asc" },
        })
      : [];
  return { ...episode, transcriptDecision, segments };
}
