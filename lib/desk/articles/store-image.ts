import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { getObjectStore } from "@/lib/storage/object-store";
import { mediaUrl } from "@/lib/storage/media-url";
import { detectImage } from "./uploaded-image";

export interface StoredImage {
  id: string;
  url: string;
  width: number;
  height: number;
}

/**
 * Stores an uploaded image under a random key (names are never trusted or guessable) and
 * records it. Null when the bytes are not a JPEG, PNG or WebP image.
 */
export async function storeImage(uploaderId: string, bytes: Buffer): Promise<StoredImage | null> {
  const image = detectImage(bytes);
  if (!image) return null;
  const key = `images/${crypto.randomBytes(16).toString("hex")}.${image.extension}`;
  await getObjectStore().put(key, bytes, image.contentType);
  const row = await db.image.create({
    data: { key, contentType: image.contentType, width: image.width, height: image.height, bytes: bytes.length, uploadedById: uploaderId },
  });
  return { id: row.id, url: mediaUrl(key), width: image.width, height: image.height };
}
