import "server-only";
import type { Readable } from "node:stream";
import { parseStream } from "music-metadata";
import type { AudioKind } from "./audio-type";

// How long an audio file plays, read from the file itself (music-metadata walks the MPEG frames
// or the MP4 boxes), so podcast apps and the transcript checks get the real length.

export type AudioFacts = { ok: true; durationSeconds: number } | { ok: false; problem: string };

export async function readAudioFacts(stream: Readable, kind: AudioKind, size: number): Promise<AudioFacts> {
  try {
    const { format } = await parseStream(stream, { mimeType: kind.contentType, size }, { duration: true, skipCovers: true });
    if (format.hasVideo) return { ok: false, problem: "The file holds video. Upload the episode's audio only (MP3 or M4A)." };
    if (format.hasAudio === false || !format.duration || !Number.isFinite(format.duration) || format.duration <= 0) {
      return { ok: false, problem: `No playable ${kind.extension.toUpperCase()} audio was found in the file.` };
    }
    // Rounded up: a transcript that runs to the very end of the audio still fits.
    return { ok: true, durationSeconds: Math.ceil(format.duration) };
  } catch (error) {
    // A damaged or hostile file can make the parser throw anything; it is the file's fault, not ours.
    const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : "";
    return { ok: false, problem: `The ${kind.extension.toUpperCase()} file could not be read${detail}.` };
  } finally {
    stream.destroy();
  }
}
