// GET /media/<key> — serves public media (podcast audio) from object storage, with byte ranges.
import { Readable } from "node:stream";
import { z } from "zod";
import { parseRange } from "@/lib/http-range";
import { mediaTypeOf } from "@/lib/storage/media-types";
import { getObjectStore } from "@/lib/storage/object-store";

// Keys are plain names: segments of letters, digits, `-`, `_` and `.`, none starting with a dot
// (no `..`, no hidden files); segments arrive decoded, so `%2F` cannot smuggle a slash in.
const keySchema = z
  .array(z.string().regex(/^[a-z0-9_-][a-z0-9_.-]{0,127}$/i))
  .min(1)
  .max(8);

export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const parsed = keySchema.safeParse((await params).key);
  const key = parsed.success ? parsed.data.join("/") : null;
  const store = getObjectStore();
  const object = key ? await store.stat(key) : null;
  if (!key || !object) return new Response("Not found", { status: 404 });
  const headers = new Headers({
    "Content-Type": mediaTypeOf(key),
    "Accept-Ranges": "bytes",
    "Cache-Control": "public, max-age=86400",
  });
  const range = parseRange(request.headers.get("range"), object.size);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${object.size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: object.size - 1 };
  headers.set("Content-Length", String(end - start + 1));
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${object.size}`);
  const stream = await store.read(key, { start, end });
  if (!stream) return new Response("Not found", { status: 404 });
  const body = Readable.toWeb(stream) as ReadableStream;
  return new Response(body, { status: range ? 206 : 200, headers });
}
