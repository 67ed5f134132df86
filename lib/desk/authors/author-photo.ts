import "server-only";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { receiveUpload } from "@/lib/desk/upload-stream";
import { getObjectStore } from "@/lib/storage/object-store";
import { AUTHOR_LIMITS } from "./author-schema";
import { AUTHOR_PHOTO_PREFIX, setAuthorPhoto } from "./authors";
import { IMAGE_SNIFF_BYTES, sniffImageKind } from "./image-type";

export type PhotoOutcome = { ok: true; photoUrl: string } | { ok: false; status: number; message: string };

/** Stores a JPEG, PNG or WebP photo under a random key and puts it on the author's byline. */
export async function uploadAuthorPhoto(actorId: string, authorId: string, source: Readable, declaredBytes: number): Promise<PhotoOutcome> {
  if (!(await db.author.findUnique({ where: { id: authorId }, select: { id: true } }))) {
    source.destroy();
    return { ok: false, status: 404, message: "There is no such author." };
  }
  const store = getObjectStore();
  const received = await receiveUpload(store, source, declaredBytes, {
    sniffBytes: IMAGE_SNIFF_BYTES,
    sniff: sniffImageKind,
    wrongKind: "Only JPEG, PNG and WebP photos can be uploaded; this file is none of them.",
    keyPrefix: AUTHOR_PHOTO_PREFIX,
    maxBytes: AUTHOR_LIMITS.maxPhotoBytes,
  });
  if (!received.ok) return received;
  const photoUrl = `/media/${received.key}`;
  if (!(await setAuthorPhoto(actorId, authorId, photoUrl))) {
    await store.delete(received.key);
    return { ok: false, status: 404, message: "The author was deleted while the photo was uploading." };
  }
  return { ok: true, photoUrl };
}
