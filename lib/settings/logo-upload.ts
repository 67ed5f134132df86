import "server-only";
import crypto from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { getObjectStore } from "@/lib/storage/object-store";

// The publication's logo, uploaded on the settings page: checked by its bytes (not by the name
// or type the browser claims), stored in object storage under a fresh name, served by /media.

export const LOGO_UPLOAD_PATH = "/admin/uploads/logo";
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** Raster formats /media serves with their own content type. SVG is refused: it can carry script. */
const LOGO_TYPES: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "image/avif": "avif" };

export type LogoUploadResult = { ok: true; url: string } | { ok: false; error: string };

export async function storeLogo(bytes: Buffer): Promise<LogoUploadResult> {
  if (bytes.length === 0) return { ok: false, error: "The file is empty." };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, error: `A logo can be at most ${MAX_LOGO_BYTES / 1024 / 1024} MB.` };
  const detected = await fileTypeFromBuffer(bytes);
  const extension = detected ? LOGO_TYPES[detected.mime] : undefined;
  if (!detected || !extension) return { ok: false, error: "Upload a PNG, JPEG, WebP or AVIF image." };
  const key = `logos/${crypto.randomBytes(12).toString("hex")}.${extension}`;
  await getObjectStore().put(key, bytes, detected.mime);
  return { ok: true, url: `/media/${key}` };
}
