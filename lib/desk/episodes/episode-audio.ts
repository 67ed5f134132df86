import "server-only";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit-log";
import { receiveUpload } from "@/lib/desk/upload-stream";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { UPLOAD_MAX_BYTES } from "@/lib/http/request-checks";
import { getObjectStore } from "@/lib/storage/object-store";
import { readAudioFacts } from "./audio-facts";
import { AUDIO_SNIFF_BYTES, sniffAudioKind } from "./audio-type";

// An episode's audio: an MP3 or M4A streamed into object storage under a random key (nobody can
// guess or overwrite another file), its size and length read from the stored file, then attached
// to the episode. Or an https address elsewhere, whose length the editor types.

export const AUDIO_KEY_PREFIX = "podcasts/audio/";

export interface EpisodeAudio {
  url: string;
  type: string;
  bytes: number;
  durationSeconds: number;
}

export type AudioOutcome = { ok: true; audio: EpisodeAudio } | { ok: false; status: number; message: string };

/** Stores an upload and attaches it to the episode; anything refused leaves no object behind. */
export async function uploadEpisodeAudio(
  actorId: string,
  episodeId: string,
  source: Readable,
  declaredBytes: number,
): Promise<AudioOutcome> {
  if (!(await db.podcastEpisode.findUnique({ where: { id: episodeId }, select: { id: true } }))) {
    source.destroy();
    return { ok: false, status: 404, message: "There is no such episode." };
  }
  const store = getObjectStore();
  const received = await receiveUpload(store, source, declaredBytes, {
    sniffBytes: AUDIO_SNIFF_BYTES,
    sniff: sniffAudioKind,
    wrongKind: "Only MP3 and M4A audio can be uploaded; this file is neither.",
    keyPrefix: AUDIO_KEY_PREFIX,
    maxBytes: UPLOAD_MAX_BYTES,
  });
  if (!received.ok) return received;
  const { key, kind, size } = received;
  const facts = await readAudioFacts((await store.read(key))!, kind, size);
  if (!facts.ok) {
    await store.delete(key);
    return { ok: false, status: 422, message: facts.problem };
  }
  const audio = { url: `/media/${key}`, type: kind.contentType, bytes: size, durationSeconds: facts.durationSeconds };
  if (!(await attachEpisodeAudio(actorId, episodeId, audio))) {
    await store.delete(key);
    return { ok: false, status: 404, message: "The episode was deleted while its audio was uploading." };
  }
  return { ok: true, audio };
}

/** Points the episode at new audio, in one transaction with its audit row; then removes the old upload. */
export async function attachEpisodeAudio(actorId: string, episodeId: string, audio: EpisodeAudio): Promise<boolean> {
  const previous = await db.$transaction(async (tx) => {
    const before = await tx.podcastEpisode.findUnique({
      where: { id: episodeId },
      select: { audioUrl: true, audioType: true, audioBytes: true, durationSeconds: true, status: true },
    });
    if (!before) return null;
    await tx.podcastEpisode.update({
      where: { id: episodeId },
      data: { audioUrl: audio.url, audioType: audio.type, audioBytes: audio.bytes, durationSeconds: audio.durationSeconds },
    });
    await recordAudit(tx, { actorId, action: "episode.audio", subject: `PodcastEpisode:${episodeId}`, before, after: { ...audio } });
    if (before.status === "PUBLISHED") await notifyContentChanged(tx, { kind: "episode", id: episodeId });
    return before;
  });
  if (!previous) return false;
  // Only after the commit: until then readers may still be sent to the old file.
  const oldKey = previous.audioUrl.startsWith(`/media/${AUDIO_KEY_PREFIX}`) ? previous.audioUrl.slice("/media/".length) : null;
  if (oldKey && previous.audioUrl !== audio.url) await getObjectStore().delete(oldKey);
  return true;
}
