import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { visibleEpisodeWhere } from "@/lib/content/visibility";
import { getAccess, type AccessPolicy, type Viewer } from "@/lib/entitlements";
import type { TranscriptFileFormat } from "./podcast-feed-xml";
import { TRANSCRIPT_CONTENT_TYPES, toSrt, toTranscriptJson, toWebVtt } from "./transcript-formats";

// Transcript files for podcast apps (<podcast:transcript>): `<episode slug>.vtt|srt|json`.
// The one access rule decides for the viewer the caller names (anonymous for the public
// address, the token's subscriber for a private one); segments are read only once it allows.

const fileName = z
  .string()
  .transform((name) => name.split("."))
  .pipe(z.tuple([z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/), z.enum(["vtt", "srt", "json"])]));

const WRITERS: Record<TranscriptFileFormat, (segments: Parameters<typeof toWebVtt>[0]) => string> = {
  vtt: toWebVtt,
  srt: toSrt,
  json: toTranscriptJson,
};

export interface TranscriptFile {
  body: string;
  contentType: string;
  lastModified: Date;
}

/** The file, or null when the name is malformed, there is no such transcript, or the viewer may not read it. */
export async function getTranscriptFile(viewer: Viewer, file: string, policy: AccessPolicy): Promise<TranscriptFile | null> {
  const parsed = fileName.safeParse(file);
  if (!parsed.success) return null;
  const [slug, format] = parsed.data;
  const episode = await db.podcastEpisode.findFirst({
    where: { slug, ...visibleEpisodeWhere(policy.now) },
    select: { updatedAt: true, transcript: { select: { id: true, access: true } } },
  });
  if (!episode?.transcript || !getAccess(viewer, episode.transcript, policy).allowed) return null;
  const segments = await db.transcriptSegment.findMany({
    where: { transcriptId: episode.transcript.id },
    orderBy: { position: "asc" },
    select: { startMs: true, endMs: true, speaker: true, text: true },
  });
  const contentType = format === "json" ? TRANSCRIPT_CONTENT_TYPES.json : `${TRANSCRIPT_CONTENT_TYPES[format]}; charset=utf-8`;
  return { body: WRITERS[format](segments), contentType, lastModified: episode.updatedAt };
}
