import { imageSize } from "image-size";

// What an uploaded file really is, from its bytes (the magic numbers and headers of the
// format), never from its name or declared type: a renamed script is not an image. Pure.

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
/** Larger sides are almost certainly a mistake (or a decompression bomb for whoever resizes it). */
const MAX_SIDE = 20_000;

const FORMATS = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
} as const;

export interface DetectedImage {
  extension: keyof typeof FORMATS;
  contentType: (typeof FORMATS)[keyof typeof FORMATS];
  width: number;
  height: number;
}

/** The image's format and size when it is a JPEG, PNG or WebP we can lay out; otherwise null. */
export function detectImage(bytes: Uint8Array): DetectedImage | null {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return null;
  }
  const extension = size.type as keyof typeof FORMATS;
  if (!(extension in FORMATS)) return null;
  // JPEGs carry an EXIF orientation: a sideways-stored photo is shown turned, so swap its sides.
  const turned = (size.orientation ?? 1) >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  if (!width || !height || width > MAX_SIDE || height > MAX_SIDE) return null;
  return { extension, contentType: FORMATS[extension], width, height };
}
