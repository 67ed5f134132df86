import type { PrismaClient } from "@prisma/client";
import { COVER_ART_KEY, generateCoverArt } from "@/lib/podcasts/cover-art";
import { getObjectStore } from "@/lib/storage/object-store";
import { demoAudioKey, storeDemoAudio } from "./demo-audio-store";

const LEGACY_DEMO_AUDIO = /^\/media\/(podcasts\/episode-\d+\.wav)$/;

/**
 * Run on every start. Stores the podcast's channel art when there is none, and re-encodes the
 * demo episodes that earlier versions seeded as WAV into MP3 (podcast apps and feed validators
 * expect MP3; a few seconds, once). Returns what it did, for the start log.
 */
export async function ensurePodcastMedia(db: PrismaClient): Promise<string[]> {
  const store = getObjectStore();
  const done: string[] = [];
  if (!(await store.stat(COVER_ART_KEY))) {
    await store.put(COVER_ART_KEY, generateCoverArt(), "image/png");
    done.push("stored the podcast cover art");
  }
  const episodes = await db.podcastEpisode.findMany({
    where: { audioUrl: { startsWith: "/media/podcasts/episode-", endsWith: ".wav" } },
    select: { id: true, number: true, durationSeconds: true, audioUrl: true },
  });
  for (const episode of episodes) {
    const legacyKey = LEGACY_DEMO_AUDIO.exec(episode.audioUrl)?.[1];
    if (!legacyKey) continue;
    const audio = await storeDemoAudio(episode);
    await db.podcastEpisode.update({
      where: { id: episode.id },
      data: { audioUrl: `/media/${demoAudioKey(episode.number)}`, audioType: "audio/mpeg", audioBytes: audio.size },
    });
    await store.delete(legacyKey);
    done.push(`re-encoded demo episode ${episode.number} as MP3`);
  }
  return done;
}
