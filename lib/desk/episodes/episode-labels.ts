import type { AccessLevel, PublicationStatus } from "@prisma/client";
import { formatDuration } from "@/lib/format";

// How the desk words an episode's state. Pure.

export const STATUS_LABELS: Record<PublicationStatus, string> = {
  DRAFT: "Draft",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

export const ACCESS_LABELS: Record<AccessLevel, string> = { FREE: "everyone", REGISTERED: "signed-in readers", SUBSCRIBER: "subscribers" };

/** "none" or "48 segments, subscribers". */
export function transcriptLabel(transcript: { access: AccessLevel; _count: { segments: number } } | null): string {
  if (!transcript || transcript._count.segments === 0) return "none";
  const n = transcript._count.segments;
  return `${n} ${n === 1 ? "segment" : "segments"}, ${ACCESS_LABELS[transcript.access]}`;
}

/** "MP3 · 41.2 MB · 42:07": what the desk shows under the player. */
export function audioFactsLabel(episode: { audioType: string; audioBytes: number; durationSeconds: number }): string {
  const kind = { "audio/mpeg": "MP3", "audio/mp4": "M4A", "audio/wav": "WAV" }[episode.audioType] ?? "Audio";
  const size = episode.audioBytes > 0 ? `${(episode.audioBytes / 1_000_000).toFixed(1)} MB` : "size unknown";
  return [kind, size, formatDuration(episode.durationSeconds)].join(" · ");
}
