import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";
import { anonymousCacheControl, keptHeader } from "./page-cache-rules";

// An in-memory cache of reading pages, kept by the server in front of Next.js (lib/http/edge.ts):
// one copy per page for readers without a session, and one per reading class for signed-in
// readers (lib/http/page-cache-rules.ts). A burst of readers costs one render instead of many.
// Each instance has its own cache; all of them drop it when content changes
// (lib/http/content-listener.ts), and entries expire after `ttlMs` regardless. A page holds a
// placeholder where its CSP nonce was, and every response gets a fresh nonce.

export interface CachedPage {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

export interface CaptureOptions {
  /**
   * A page for readers without a session: Next.js's `no-store` becomes a revalidating policy.
   * Signed-in readers' pages keep `no-store`.
   */
  anonymous: boolean;
  /** Asked once the page is complete: whether it may be kept (e.g. the render confirmed its class). */
  keep?: () => boolean;
}

export interface PageCacheOptions {
  maxBytes: number;
  ttlMs: number;
}

const NONCE_PLACEHOLDER = "__dispatch_csp_nonce__";

export class PageCache {
  private readonly pages: LRUCache<string, CachedPage>;
  /** False while content-change notifications can't be received: nothing is served from cache then. */
  enabled = true;
  /**
   * Counts clears. A page whose rendering began before a clear may show the old content, so it
   * is kept only if no clear happened while it was rendered.
   */
  private generation = 0;

  constructor(options: PageCacheOptions) {
    this.pages = new LRUCache({ maxSize: options.maxBytes, ttl: options.ttlMs, sizeCalculation: (page) => page.body.length + 512 });
  }

  get(key: string): CachedPage | undefined {
    return this.enabled ? this.pages.get(key) : undefined;
  }

  clear(): void {
    this.generation++;
    this.pages.clear();
  }

  get size(): number {
    return this.pages.size;
  }

  /** Answers from the cache, with `nonce` stamped where the rendering's nonce was. */
  serve(page: CachedPage, req: IncomingMessage, res: ServerResponse, nonce: string): void {
    const body = Buffer.from(page.body.toString("utf8").replaceAll(NONCE_PLACEHOLDER, nonce));
    for (const [name, value] of page.headers) res.setHeader(name, value);
    res.setHeader("X-Page-Cache", "hit");
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const payload = gzip ? zlib.gzipSync(body, { level: 6 }) : body;
    if (gzip) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", payload.length);
    res.statusCode = page.status;
    res.end(req.method === "HEAD" ? undefined : payload);
  }

  /**
   * Lets the response through to the reader and keeps a copy when it can be reused: a 200
   * without cookies. The request's Accept-Encoding is removed so the copy is uncompressed.
   */
  capture(key: string, req: IncomingMessage, res: ServerResponse, nonce: string, options: CaptureOptions): void {
    const generation = this.generation;
    delete req.headers["accept-encoding"];
    res.setHeader("X-Page-Cache", "miss");
    const setHeader = res.setHeader.bind(res);
    if (options.anonymous) {
      res.setHeader = ((name: string, value: number | string | readonly string[]) =>
        setHeader(name, name.toLowerCase() === "cache-control" ? anonymousCacheControl(String(value)) : value)) as typeof res.setHeader;
    }
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== "function") keep(chunk, rest[0]);
      const result = end(chunk, ...rest);
      if (generation === this.generation && (options.keep?.() ?? true)) this.store(key, res, Buffer.concat(chunks), nonce);
      return result;
    }) as typeof res.end;
  }

  private store(key: string, res: ServerResponse, body: Buffer, nonce: string): void {
    if (!this.enabled || res.statusCode !== 200 || res.hasHeader("set-cookie") || res.getHeader("content-encoding")) return;
    const headers = Object.entries(res.getHeaders())
      .filter(([name]) => keptHeader(name))
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)] as [string, string]);
    this.pages.set(key, { status: 200, headers, body: Buffer.from(body.toString("utf8").replaceAll(nonce, NONCE_PLACEHOLDER)) });
  }
}
