import crypto from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ObjectStore } from "@/lib/storage/object-store";

// Uploads arrive as a stream and go to object storage as a stream: a 200 MB episode never sits
// in memory. The first bytes decide what the file is (never its name or claimed type); the size
// is capped while it streams; what arrives must be all the client said it would send.

export interface UploadKind {
  extension: string;
  contentType: string;
}

export interface UploadRules<Kind extends UploadKind> {
  /** How many leading bytes `sniff` needs. */
  sniffBytes: number;
  sniff: (head: Uint8Array) => Kind | null;
  /** What to say when `sniff` finds nothing it accepts. */
  wrongKind: string;
  /** Objects are stored as `<keyPrefix><random uuid>.<extension>`: unguessable, never overwritten. */
  keyPrefix: string;
  maxBytes: number;
}

export type Received<Kind> = { ok: true; key: string; kind: Kind; size: number } | { ok: false; status: number; message: string };

/**
 * Stores an upload whose first bytes pass `rules.sniff`. `declaredBytes` is the request's
 * Content-Length: anything that arrives shorter (a dropped connection, a proxy that cut it off)
 * is refused rather than kept truncated. Nothing refused is left in the store.
 */
export async function receiveUpload<Kind extends UploadKind>(
  store: ObjectStore,
  source: Readable,
  declaredBytes: number,
  rules: UploadRules<Kind>,
): Promise<Received<Kind>> {
  if (declaredBytes > rules.maxBytes) {
    source.destroy();
    return { ok: false, status: 413, message: `The file is larger than ${formatMegabytes(rules.maxBytes)}.` };
  }
  const { head, body } = await peekStream(source, rules.sniffBytes);
  const kind = rules.sniff(head);
  if (!kind) {
    body.destroy();
    return { ok: false, status: 415, message: rules.wrongKind };
  }
  const key = `${rules.keyPrefix}${crypto.randomUUID()}.${kind.extension}`;
  // pipeline() destroys both streams if either fails, and then the store's own write fails too.
  // Wait for both to settle: the store removes its partial file only once its write has failed.
  const limited = limitBytes(rules.maxBytes);
  const [piped, stored] = await Promise.allSettled([pipeline(body, limited), store.put(key, limited, kind.contentType)]);
  if (piped.status === "rejected" || stored.status === "rejected") {
    await store.delete(key);
    const error: unknown = piped.status === "rejected" ? piped.reason : (stored as PromiseRejectedResult).reason;
    if (error instanceof TooLargeError)
      return { ok: false, status: 413, message: `The file is larger than ${formatMegabytes(rules.maxBytes)}.` };
    if (isAbortedRequest(error)) return { ok: false, status: 400, message: "The upload was interrupted; please try again." };
    throw error;
  }
  const { size } = stored.value;
  if (size !== declaredBytes) {
    await store.delete(key);
    return { ok: false, status: 400, message: `Only ${size} of ${declaredBytes} bytes arrived; please try again.` };
  }
  return { ok: true, key, kind, size };
}

/** The first `bytes` bytes of `source` (fewer if it is shorter), and the whole body, still unread. */
async function peekStream(source: Readable, bytes: number): Promise<{ head: Buffer; body: Readable }> {
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

class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes.`);
  }
}

/** Passes bytes through until there are more than `maxBytes`, then fails the stream. */
function limitBytes(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > maxBytes ? new TooLargeError(maxBytes) : null, seen > maxBytes ? undefined : chunk);
    },
  });
}

function isAbortedRequest(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE" || (error instanceof Error && error.message === "aborted");
}

/** Megabytes as people write them, for messages: 5 MB, 300 MB. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
