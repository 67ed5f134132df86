// What kind of image an upload is, decided by its first bytes (magic numbers), never by its name
// or the type the browser claims. Pure.

export interface ImageKind {
  extension: "jpg" | "png" | "webp";
  contentType: "image/jpeg" | "image/png" | "image/webp";
}

export const IMAGE_SNIFF_BYTES = 12;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImageKind(b: Uint8Array): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { extension: "jpg", contentType: "image/jpeg" };
  if (b.length >= 8 && PNG_SIGNATURE.every((byte, i) => b[i] === byte)) return { extension: "png", contentType: "image/png" };
  const text = (start: number, end: number) => String.fromCharCode(...b.subarray(start, end));
  if (b.length >= 12 && text(0, 4) === "RIFF" && text(8, 12) === "WEBP") return { extension: "webp", contentType: "image/webp" };
  return null;
}
