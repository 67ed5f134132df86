// GET /media/<key> — serves public media (podcast audio) from object storage, with byte ranges.
import { Readable } from "node:stream";
import { parseRange } from "@/lib/http-range";
import { getObject } from "@/lib/storage/object-storage";

const TYPES: Record<string, string> = { wav: "audio/wav", mp3: "audio/mpeg", m4a: "audio/mp4", jpg: "image/jpeg", png: "image/png" };

export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const object = /^[a-z0-9/_.-]+$/i.test(key) && !key.includes("..") ? getObject(key) : null;
  if (!object) return new Response("Not found", { status: 404 });
  const headers = new Headers({
    "Content-Type": TYPES[key.split(".").pop() ?? ""] ?? "application/octet-stream",
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
  const body = Readable.toWeb(Readable.from(object.read({ start, end }))) as ReadableStream;
  return new Response(body, { status: range ? 206 : 200, headers });
}
