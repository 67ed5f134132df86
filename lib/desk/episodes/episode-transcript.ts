import "server-only";
import type { AccessLevel, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit-log";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { parseTranscript, type TranscriptFormat, type TranscriptSegment } from "@/lib/podcasts/transcript-formats";
import { segmentsPastAudio } from "./segment-rows";

// An episode's transcript on the desk: imported from a file (after a preview when it would
// replace one), edited row by row, speakers renamed. Every change replaces or updates the
// segments in one transaction with its audit row: readers see the old transcript or the new
// one, never a mix, and a failed import leaves the old one untouched.

export type ImportOutcome =
  | { kind: "invalid"; errors: string[] }
  | { kind: "preview"; segments: TranscriptSegment[]; replaces: number }
  | { kind: "saved"; count: number }
  | { kind: "missing" };

export interface ImportRequest {
  source: string;
  format: TranscriptFormat | "auto";
  /** Who may read a new transcript; an existing one keeps its own. */
  access: AccessLevel;
  /** The editor saw the preview and chose to replace the current transcript. */
  confirmReplace: boolean;
}

export async function importTranscript(actorId: string, episodeId: string, request: ImportRequest): Promise<ImportOutcome> {
  const episode = await db.podcastEpisode.findUnique({
    where: { id: episodeId },
    select: { durationSeconds: true, transcript: { select: { _count: { select: { segments: true } } } } },
  });
  if (!episode) return { kind: "missing" };
  const durationMs = episode.durationSeconds * 1000;
  const parsed = parseTranscript(request.source, request.format, durationMs > 0 ? { totalDurationMs: durationMs } : {});
  if (!parsed.ok) return { kind: "invalid", errors: parsed.errors.map((error) => error.message) };
  const pastAudio = segmentsPastAudio(parsed.segments, durationMs);
  if (pastAudio.length > 0) return { kind: "invalid", errors: pastAudio.slice(0, 20) };
  const replaces = episode.transcript?._count.segments ?? 0;
  if (replaces > 0 && !request.confirmReplace) return { kind: "preview", segments: parsed.segments, replaces };
  await replaceSegments(actorId, episodeId, parsed.segments, { access: request.access, action: "episode.transcript-import" });
  return { kind: "saved", count: parsed.segments.length };
}

export type SaveOutcome = { kind: "saved"; count: number } | { kind: "conflict" } | { kind: "missing" };

/**
 * Saves the editor's rows. `openedAt` is the transcript's updatedAt when the editor opened it: a
 * save over someone else's newer change is refused instead of silently undoing it.
 */
export async function saveTranscriptSegments(
  actorId: string,
  episodeId: string,
  segments: TranscriptSegment[],
  openedAt: string,
): Promise<SaveOutcome> {
  return replaceSegments(actorId, episodeId, segments, { action: "episode.transcript-edit", openedAt });
}

async function replaceSegments(
  actorId: string,
  episodeId: string,
  segments: TranscriptSegment[],
  options: { action: string; access?: AccessLevel; openedAt?: string },
): Promise<SaveOutcome> {
  return db.$transaction(
    async (tx) => {
      const episode = await lockEpisode(tx, episodeId);
      if (!episode) return { kind: "missing" } as const;
      const current = await tx.transcript.findUnique({
        where: { episodeId },
        select: { id: true, updatedAt: true, _count: { select: { segments: true } } },
      });
      if (options.openedAt !== undefined && (current?.updatedAt.toISOString() ?? "") !== options.openedAt)
        return { kind: "conflict" } as const;
      const transcript = await tx.transcript.upsert({
        where: { episodeId },
        create: { episodeId, access: options.access ?? "SUBSCRIBER" },
        update: { updatedAt: new Date() },
        select: { id: true },
      });
      await tx.transcriptSegment.deleteMany({ where: { transcriptId: transcript.id } });
      await tx.transcriptSegment.createMany({
        data: segments.map((segment, position) => ({ ...segment, position, transcriptId: transcript.id })),
      });
      await recordAudit(tx, {
        actorId,
        action: options.action,
        subject: `PodcastEpisode:${episodeId}`,
        before: { segments: current?._count.segments ?? 0 },
        after: { segments: segments.length },
      });
      if (episode.status === "PUBLISHED") await notifyContentChanged(tx, { kind: "episode", id: episodeId });
      return { kind: "saved", count: segments.length } as const;
      // Ten thousand segments take a moment to write; the default 5 s leaves no room for a busy database.
    },
    { timeout: 30_000 },
  );
}

/** Gives every segment spoken by `from` to `to`; returns how many changed, or null without a transcript. */
export async function renameSpeaker(actorId: string, episodeId: string, from: string, to: string): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const episode = await lockEpisode(tx, episodeId);
    const transcript = episode && (await tx.transcript.findUnique({ where: { episodeId }, select: { id: true } }));
    if (!episode || !transcript) return null;
    const { count } = await tx.transcriptSegment.updateMany({
      where: { transcriptId: transcript.id, speaker: from },
      data: { speaker: to },
    });
    if (count === 0) return 0;
    await tx.transcript.update({ where: { id: transcript.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId,
      action: "episode.speaker-rename",
      subject: `PodcastEpisode:${episodeId}`,
      before: { speaker: from, count },
      after: { speaker: to },
    });
    if (episode.status === "PUBLISHED") await notifyContentChanged(tx, { kind: "episode", id: episodeId });
    return count;
  });
}

/** Changes who may read the transcript; false when the episode has none yet. */
export async function setTranscriptAccess(actorId: string, episodeId: string, access: AccessLevel): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const episode = await lockEpisode(tx, episodeId);
    const transcript = episode && (await tx.transcript.findUnique({ where: { episodeId }, select: { id: true, access: true } }));
    if (!episode || !transcript) return false;
    if (transcript.access === access) return true;
    await tx.transcript.update({ where: { id: transcript.id }, data: { access } });
    await recordAudit(tx, {
      actorId,
      action: "episode.transcript-access",
      subject: `PodcastEpisode:${episodeId}`,
      before: { access: transcript.access },
      after: { access },
    });
    if (episode.status === "PUBLISHED") await notifyContentChanged(tx, { kind: "episode", id: episodeId });
    return true;
  });
}

/** The episode's status, with its row locked until the transaction ends: concurrent transcript changes queue up. */
export async function lockEpisode(tx: Prisma.TransactionClient, episodeId: string) {
  const rows = await tx.$queryRaw<Array<{ status: string }>>`SELECT status::text FROM "PodcastEpisode" WHERE id = ${episodeId} FOR UPDATE`;
  return rows[0] ?? null;
}
