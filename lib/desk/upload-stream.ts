import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ObjectStore } from "@/lib/storage/object-store";

// Uploads arrive as a stream and go to object storage as a stream: a 200 MB episode never sits
// in memory. These look at the first bytes (to decide what the file is) and cap the size.

/** The first `bytes` bytes of `source` (fewer if it is shorter), and the whole body, still unread. */
export async function peekStream(source: Readable, bytes: number): Promise<{ head: Buffer; body: Readable }> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await chunks.next();
    if (next.done) break;
    first.push(Buffer.from(next.value));
    length += next.value.length;
  }
  const start = Buffer.concat(first);
  async function* whole() {
    if (start.length > 0) yield start;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value);
  }
  return { head: start.subarray(0, bytes), body: Readable.from(whole(), { objectMode: false }) };
}

export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes.`);
  }
}

/** Passes bytes through until there are more than `maxBytes`, then fails the stream. */
export function limitBytes(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > maxBytes ? new TooLargeError(maxBytes) : null, seen > maxBytes ? undefined : chunk);
    },
  });
}

/** Megabytes as people write them, for messages: 5 MB, 300 MB. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Streams `body` into the store under `key`, refusing more than `maxBytes` (TooLargeError). On
 * any failure (the cap, a dropped connection) the partial object is removed before rethrowing.
 */
export async function storeLimited(
  store: ObjectStore,
  key: string,
  body: Readable,
  contentType: string,
  maxBytes: number,
): Promise<number> {
  try {
    // pipeline() destroys both streams if either fails, and then the store's own write fails too.
    const limited = limitBytes(maxBytes);
    const [, stored] = await Promise.all([pipeline(body, limited), store.put(key, limited, contentType)]);
    return stored.size;
  } catch (error) {
    await store.delete(key);
    throw error;
  }
}
