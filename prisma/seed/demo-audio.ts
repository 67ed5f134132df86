import { Mp3Encoder } from "@breezystack/lamejs";

// The demo podcast's audio: a quiet tone that swells and fades every four seconds, as a mono MP3
// (what podcast apps expect). Real episodes are uploaded; the demo needs audio that plays
// without any download.
//
// Encoding six minutes with the pure-JS encoder takes tens of seconds, too slow for every
// start of a fresh database, so one swell is encoded and its frames repeated. That is seamless:
// a fresh encoder's first frame borrows no bytes from earlier frames (the bit reservoir starts
// empty), so each copy decodes on its own, and the tone is silent where copies meet. At 16 kHz
// and 16 kbit/s every MPEG-2 layer III frame is 72 bytes long and holds 576 samples, so the file
// can be cut at any frame boundary and its length is exact.

const SAMPLE_RATE = 16_000;
const KBPS = 16;
const SAMPLES_PER_FRAME = 576;
const FRAME_BYTES = (72 * KBPS * 1000) / SAMPLE_RATE;
/** One swell: 111 frames, about four seconds. */
const LOOP_FRAMES = 111;

export const DEMO_AUDIO_CONTENT_TYPE = "audio/mpeg";

function encodeSwell(pitchHz: number): Buffer {
  const samples = new Int16Array(LOOP_FRAMES * SAMPLES_PER_FRAME);
  for (let i = 0; i < samples.length; i++) {
    const envelope = Math.sin((Math.PI * i) / samples.length) ** 2;
    samples[i] = Math.round(5000 * envelope * Math.sin((2 * Math.PI * pitchHz * i) / SAMPLE_RATE));
  }
  const encoder = new Mp3Encoder(1, SAMPLE_RATE, KBPS);
  const encoded = Buffer.concat([Buffer.from(encoder.encodeBuffer(samples)), Buffer.from(encoder.flush())]);
  // The encoder's delay and final padding add a frame or two of near-silence: keep whole frames.
  return encoded.subarray(0, encoded.length - (encoded.length % FRAME_BYTES));
}

/** An MP3 of the demo tone at least `durationSeconds` long (to the next 36 ms frame). */
export function generateDemoAudio(durationSeconds: number, pitchHz: number): Buffer {
  const swell = encodeSwell(pitchHz);
  const frames = Math.ceil((durationSeconds * SAMPLE_RATE) / SAMPLES_PER_FRAME);
  const out = Buffer.alloc(frames * FRAME_BYTES);
  for (let offset = 0; offset < out.length; offset += swell.length) swell.copy(out, offset);
  return out;
}
