import { getObjectStore, type ObjectInfo } from "@/lib/storage/object-store";
import { DEMO_AUDIO_CONTENT_TYPE, generateDemoAudio } from "./demo-audio";

// Where the demo episodes' audio lives in object storage, and how it gets there.

export const demoAudioKey = (episodeNumber: number) => `podcasts/episode-${episodeNumber}.mp3`;

/** Stores the episode's generated MP3 unless it is there already (a second seed of one data folder). */
export async function storeDemoAudio(episode: { number: number; durationSeconds: number }): Promise<ObjectInfo> {
  const store = getObjectStore();
  const key = demoAudioKey(episode.number);
  return (
    (await store.stat(key)) ??
    (await store.put(key, generateDemoAudio(episode.durationSeconds, 180 + 40 * episode.number), DEMO_AUDIO_CONTENT_TYPE))
  );
}
