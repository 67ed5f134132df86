import "server-only";
import crypto from "node:crypto";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { formatMegabytes, peekStream, storeLimited, TooLargeError } from "@/lib/desk/upload-stream";
import { getObjectStore } from "@/lib/storage/object-store";
import { AUTHOR_LIMITS } from "./author-schema";
import { AUTHOR_PHOTO_PREFIX, setAuthorPhoto } from "./authors";
import { IMAGE_SNIFF_BYTES, sniffImageKind } from "./image-type";

export type PhotoOutcome = { ok: true; photoUrl: string } | { ok: false; status: number; message: string };

/** Stores a JPEG, PNG or WebP photo under a random key and puts it on the author's byline. */
export async function uploadAuthorPhoto(actorId: string, authorId: string, source: Readable): Promise<PhotoOutcome> {
  if (!(await db.author.findUnique({ where: { id: authorId }, select: { id: true } }))) {
    source.destroy();
    return { ok: false, status: 404, message: "There is no such author." };
  }
  const { head, body } = await peekStream(source, IMAGE_SNIFF_BYTES);
  const kind = sniffImageKind(head);
  if (!kind) {
    body.destroy();
    return { ok: false, status: 415, message: "Only JPEG, PNG and WebP photos can be uploaded; this file is none of them." };
  }
  const store = getObjectStore();
  const key = `${AUTHOR_PHOTO_PREFIX}${crypto.randomUUID()}.${kind.extension}`;
  try {
    await storeLimited(store, key, body, kind.contentType, AUTHOR_LIMITS.maxPhotoBytes);
  } catch (error) {
    if (error instanceof TooLargeError)
      return { ok: false, status: 413, message: `The photo is larger than ${formatMegabytes(error.maxBytes)}.` };
    throw error;
  }
  const photoUrl = `/media/${key}`;
  if (!(await setAuthorPhoto(actorId, authorId, photoUrl))) {
    await store.delete(key);
    return { ok: false, status: 404, message: "The author was deleted while the photo was uploading." };
  }
  return { ok: true, photoUrl };
}
