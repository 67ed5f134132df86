import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";
import { anonymousCacheControl, inQueriedShare, keptHeader } from "./page-cache-rules";

// An in-memory cache of reading pages, kept by the server in front of Next.js (lib/http/edge.ts):
// one copy per page for readers without a session, and one per reading class for signed-in
// readers (lib/http/page-cache-rules.ts). A burst of readers costs one render instead of many.
// Each instance has its own cache; all of them drop it when content changes
// (lib/http/content-listener.ts), and entries expire after `ttlMs` regardless. A page holds a
// placeholder where its CSP nonce was, and every response gets a fresh nonce.
// Addresses a client can vary without end (searches, any query string) are kept in a share of
// their own, so a flood of new ones cannot push the hot reading pages out. Requests for a page
// that is being rendered wait for that render instead of starting their own: when a page
// expires or content changes, a crowd on it costs one render, not one each.

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
/** The part of `maxBytes` for addresses with a query string. */
const QUERIED_SHARE = 0.25;

export class PageCache {
  private readonly pages: LRUCache<string, CachedPage>;
  private readonly queried: LRUCache<string, CachedPage>;
  /** Renders under way, by key: what each kept (undefined when it kept nothing). */
  private readonly rendering = new Map<string, Promise<CachedPage | undefined>>();
  /** False while content-change notifications can't be received: nothing is served from cache then. */
  enabled = true;
  /**
   * Counts clears. A page whose rendering began before a clear may show the old content, so it
   * is kept only if no clear happened while it was rendered.
   */
  private generation = 0;

  constructor(options: PageCacheOptions) {
    const share = (maxSize: number) =>
      new LRUCache<string, CachedPage>({ maxSize, ttl: options.ttlMs, sizeCalculation: (page) => page.body.length + 512 });
    this.queried = share(Math.floor(options.maxBytes * QUERIED_SHARE));
    this.pages = share(options.maxBytes - Math.floor(options.maxBytes * QUERIED_SHARE));
  }

  private shareOf(key: string): LRUCache<string, CachedPage> {
    return inQueriedShare(key) ? this.queried : this.pages;
  }

  get(key: string): CachedPage | undefined {
    return this.enabled ? this.shareOf(key).get(key) : undefined;
  }

  clear(): void {
    this.generation++;
    this.pages.clear();
    this.queried.clear();
    // Renders under way may show the old content: nobody new waits for them.
    this.rendering.clear();
  }

  get size(): number {
    return this.pages.size + this.queried.size;
  }

  /**
   * Answers from the cache, or from a render of the same page already under way, or else
   * renders and keeps a copy (see capture). Someone who waited for a render that kept nothing
   * (an error page, or content changed meanwhile) renders their own.
   */
  async answer(
    key: string,
    req: IncomingMessage,
    res: ServerResponse,
    nonce: string,
    options: CaptureOptions,
    render: () => Promise<void>,
  ) {
    const page = this.get(key) ?? (await this.rendering.get(key));
    if (page) return this.serve(page, req, res, nonce);
    this.capture(key, req, res, nonce, options);
    return render();
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
  private capture(key: string, req: IncomingMessage, res: ServerResponse, nonce: string, options: CaptureOptions): void {
    const generation = this.generation;
    let settle!: (page: CachedPage | undefined) => void;
    const kept = new Promise<CachedPage | undefined>((resolve) => (settle = resolve));
    if (!this.rendering.has(key)) this.rendering.set(key, kept);
    const done = (page: CachedPage | undefined) => {
      settle(page);
      if (this.rendering.get(key) === kept) this.rendering.delete(key);
    };
    // A response that never ends (the client left, the render failed midway) keeps nothing.
    res.once("close", () => done(undefined));
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
      const mayKeep = generation === this.generation && (options.keep?.() ?? true);
      done(mayKeep ? this.store(key, res, Buffer.concat(chunks), nonce) : undefined);
      return result;
    }) as typeof res.end;
  }

  private store(key: string, res: ServerResponse, body: Buffer, nonce: string): CachedPage | undefined {
    if (!this.enabled || res.statusCode !== 200 || res.hasHeader("set-cookie") || res.getHeader("content-encoding")) return undefined;
    const headers = Object.entries(res.getHeaders())
      .filter(([name]) => keptHeader(name))
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)] as [string, string]);
    const page = { status: 200, headers, body: Buffer.from(body.toString("utf8").replaceAll(nonce, NONCE_PLACEHOLDER)) };
    this.shareOf(key).set(key, page);
    return page;
  }
}
