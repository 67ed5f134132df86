// What kind of audio an upload is, decided by its first bytes, never by its name or the type the
// browser claims. Pure.

export interface AudioKind {
  extension: "mp3" | "m4a";
  contentType: "audio/mpeg" | "audio/mp4";
}

export const MP3: AudioKind = { extension: "mp3", contentType: "audio/mpeg" };
export const M4A: AudioKind = { extension: "m4a", contentType: "audio/mp4" };

/** Bytes to read before deciding: an ftyp box lists its compatible brands within these. */
export const AUDIO_SNIFF_BYTES = 64;

// Brands an ftyp box names for AAC audio: Apple's M4A/M4B, and the generic ISO/MP4 brands other
// encoders write. A generic brand could also be a video: reading the file afterwards refuses those.
const MP4_BRANDS = new Set(["M4A ", "M4B ", "mp41", "mp42", "isom", "iso2", "iso4", "iso5", "iso6", "dash"]);

export function sniffAudioKind(head: Uint8Array): AudioKind | null {
  if (isId3Tag(head) || isMpegLayer3Frame(head)) return MP3;
  if (isAudioFtyp(head)) return M4A;
  return null;
}

/** An ID3v2 tag: "ID3", a major version 2–4, flags, and a size of four 7-bit bytes. */
function isId3Tag(b: Uint8Array): boolean {
  return (
    b.length >= 10 &&
    b[0] === 0x49 &&
    b[1] === 0x44 &&
    b[2] === 0x33 &&
    b[3]! >= 2 &&
    b[3]! <= 4 &&
    [b[6]!, b[7]!, b[8]!, b[9]!].every((byte) => byte < 0x80)
  );
}

/** An MPEG audio frame header: 11 sync bits, a real version, layer III, a valid bitrate and sample rate. */
function isMpegLayer3Frame(b: Uint8Array): boolean {
  if (b.length < 4 || b[0] !== 0xff || (b[1]! & 0xe0) !== 0xe0) return false;
  const version = (b[1]! >> 3) & 0b11;
  const layer = (b[1]! >> 1) & 0b11;
  const bitrate = b[2]! >> 4;
  const sampleRate = (b[2]! >> 2) & 0b11;
  return version !== 0b01 && layer === 0b01 && bitrate !== 0b1111 && bitrate !== 0 && sampleRate !== 0b11;
}

/** An ISO media file whose first box is `ftyp` naming an audio-capable brand. */
function isAudioFtyp(b: Uint8Array): boolean {
  if (b.length < 16 || ascii(b, 4, 8) !== "ftyp") return false;
  const boxSize = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  if (boxSize < 16) return false;
  const brands = [ascii(b, 8, 12)];
  for (let at = 16; at + 4 <= Math.min(boxSize, b.length); at += 4) brands.push(ascii(b, at, at + 4));
  return brands.some((brand) => MP4_BRANDS.has(brand));
}

function ascii(b: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...b.subarray(start, end));
}
