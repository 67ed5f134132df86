import { Mp3Encoder } from "@breezystack/lamejs";

// Small real media files made in code for tests (nothing downloaded): an MP3 encoded from a sine
// tone, a minimal M4A (the MP4 boxes a player reads to learn the length), and image headers.

const SAMPLE_RATE = 44_100;

/** A mono MP3 of `seconds` of a quiet tone, optionally behind an ID3v2 tag. */
export function makeMp3(seconds: number, options: { id3?: boolean; kbps?: number } = {}): Buffer {
  const encoder = new Mp3Encoder(1, SAMPLE_RATE, options.kbps ?? 32);
  const samples = new Int16Array(Math.round(seconds * SAMPLE_RATE));
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(Math.sin((2 * Math.PI * 220 * i) / SAMPLE_RATE) * 4000);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < samples.length; i += 1152) parts.push(encoder.encodeBuffer(samples.subarray(i, i + 1152)));
  parts.push(encoder.flush());
  const audio = Buffer.concat(parts.map((part) => Buffer.from(part)));
  return options.id3 ? Buffer.concat([id3Tag("Fixture"), audio]) : audio;
}

/** An MP3 of at least `bytes` bytes: one encoded second repeated (every frame stands alone at this bitrate). */
export function makeLargeMp3(bytes: number): Buffer {
  const second = makeMp3(1, { kbps: 128 });
  return Buffer.concat(Array.from({ length: Math.ceil(bytes / second.length) }, () => second));
}

function id3Tag(title: string): Buffer {
  const text = Buffer.concat([Buffer.from([0]), Buffer.from(title, "latin1")]);
  const frame = Buffer.concat([Buffer.from("TIT2"), u32(text.length), Buffer.from([0, 0]), text]);
  // The tag's size is four 7-bit bytes ("synchsafe").
  const size = Buffer.from([(frame.length >> 21) & 0x7f, (frame.length >> 14) & 0x7f, (frame.length >> 7) & 0x7f, frame.length & 0x7f]);
  return Buffer.concat([Buffer.from("ID3"), Buffer.from([3, 0, 0]), size, frame]);
}

function u32(...values: number[]): Buffer {
  const buffer = Buffer.alloc(4 * values.length);
  values.forEach((value, i) => buffer.writeUInt32BE(value >>> 0, 4 * i));
  return buffer;
}

function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, "latin1"), body]);
}

const fullBox = (type: string, body: Buffer) => box(type, Buffer.from([0, 0, 0, 0]), body);

/** A minimal M4A: ftyp, then a moov with one AAC sound track of `seconds`, then a little mdat. */
export function makeM4a(seconds: number, options: { brand?: string; handler?: "soun" | "vide" } = {}): Buffer {
  const brand = options.brand ?? "M4A ";
  const units = Math.round(seconds * SAMPLE_RATE);
  const mvhd = fullBox("mvhd", Buffer.concat([u32(0, 0, 1000, Math.round(seconds * 1000)), Buffer.alloc(80)]));
  const tkhd = fullBox("tkhd", Buffer.concat([u32(0, 0, 1, 0, Math.round(seconds * 1000)), Buffer.alloc(60)]));
  const mdhd = fullBox("mdhd", Buffer.concat([u32(0, 0, SAMPLE_RATE, units), Buffer.alloc(4)]));
  const hdlr = fullBox("hdlr", Buffer.concat([u32(0), Buffer.from(options.handler ?? "soun"), Buffer.alloc(12), Buffer.from("Handler\0")]));
  const mp4a = box(
    "mp4a",
    Buffer.alloc(6),
    Buffer.from([0, 1]),
    Buffer.alloc(8),
    Buffer.from([0, 2, 0, 16, 0, 0, 0, 0]),
    u32(SAMPLE_RATE << 16),
  );
  const stbl = box(
    "stbl",
    fullBox("stsd", Buffer.concat([u32(1), mp4a])),
    fullBox("stts", u32(1, 1, units)),
    fullBox("stsz", u32(0, 1, 64)),
  );
  const trak = box("trak", tkhd, box("mdia", mdhd, hdlr, box("minf", stbl)));
  const ftyp = box("ftyp", Buffer.from(brand, "latin1"), u32(0), Buffer.from(`${brand}isommp42`, "latin1"));
  return Buffer.concat([ftyp, box("moov", mvhd, trak), box("mdat", Buffer.alloc(64))]);
}

/** The first bytes of each image kind, padded: enough for a magic-number check. */
export const IMAGE_HEADERS = {
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60)]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(56)]),
  webp: Buffer.concat([Buffer.from("RIFF"), u32(56), Buffer.from("WEBPVP8 "), Buffer.alloc(48)]),
};
