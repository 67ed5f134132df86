import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER, FORWARDING_HEADERS, resolveClientIp } from "./client-ip";
import type { AccessPolicy, Viewer } from "@/lib/entitlements";
import type { PageCache } from "./page-cache";
import { pageCacheKey, signedInReading, type SignedInReading } from "./page-cache-rules";
import { readingClass } from "./reading-class";
import { runWithResolvedReader, type ResolvedReader } from "./resolved-reader";
import { checkBodySize, checkMethod, checkRequestTarget, checkSameOrigin, type Rejection } from "./request-checks";
import { createNonce, securityHeaders } from "./security-headers";

// What the app's server does with each request before Next.js sees it: security headers with a
// fresh CSP nonce, early 4xx answers for requests no browser sends, and one trustworthy client
// address. Kept apart from server.ts so tests can run it in front of any handler.

export interface EdgeOptions {
  /** Public URL of the site (APP_URL). */
  appUrl: string;
  /** Proxies in front of the app whose forwarding headers are believed (TRUST_PROXY). */
  trustedHops: number;
  /** Extra form-action targets for the CSP (the checkout host). */
  formTargets: string[];
  development: boolean;
  /** Reading pages served from memory (none in development). */
  pageCache?: PageCache;
  /**
   * Resolves a session to its viewer (one query): with it, signed-in readers get reading pages
   * shared per reading class, and the render reuses the viewer instead of querying again.
   */
  readers?: {
    findViewer(sessionToken: string, now: Date): Promise<Viewer>;
    accessPolicy(now: Date): AccessPolicy;
  };
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function firstValue(header: string | string[] | undefined): string | undefined {
  return (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim();
}

function reject(res: ServerResponse, { status, message }: Rejection): void {
  res.statusCode = status;
  if (status === 405) res.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(`${message}\n`);
}

/** Wraps Next.js' request handler with the edge checks. */
export function createEdgeHandler(options: EdgeOptions, next: RequestHandler) {
  const appOrigin = new URL(options.appUrl).origin;
  return (req: IncomingMessage, res: ServerResponse): void => {
    // Client copies of forwarding headers are dropped unless a trusted proxy is in front.
    if (options.trustedHops === 0) for (const name of FORWARDING_HEADERS) delete req.headers[name];
    const https =
      appOrigin.startsWith("https:") ||
      (options.trustedHops > 0 && firstValue(req.headers["x-forwarded-proto"]) === "https") ||
      ("encrypted" in req.socket && Boolean(req.socket.encrypted));
    const nonce = createNonce();
    const headers = securityHeaders({ nonce, https, formTargets: options.formTargets, development: options.development });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);

    const host = firstValue(req.headers["x-forwarded-host"]) ?? req.headers.host;
    const siteOrigins = [appOrigin, ...(host ? [`${https ? "https" : "http"}://${host}`] : [])];
    const rejection =
      checkMethod(req.method ?? "GET") ??
      checkRequestTarget(req.url ?? "") ??
      checkBodySize(req.headers, (req.url ?? "/").split("?")[0]) ??
      checkSameOrigin(
        req.method ?? "GET",
        { origin: req.headers.origin, "sec-fetch-site": firstValue(req.headers["sec-fetch-site"]) },
        siteOrigins,
      );
    if (rejection) return reject(res, rejection);

    req.headers[CLIENT_IP_HEADER] = resolveClientIp(
      req.socket.remoteAddress,
      firstListOf(req.headers["x-forwarded-for"]),
      options.trustedHops,
    );
    // Next.js takes the nonce for its inline scripts from the request's CSP header.
    req.headers["content-security-policy"] = headers["Content-Security-Policy"];
    const render = () =>
      next(req, res).catch((error: unknown) => {
        console.error("[server] request failed:", error);
        if (!res.headersSent) reject(res, { status: 500, message: "Something went wrong on our side. Please try again." });
        else res.destroy();
      });
    const { pageCache, readers } = options;
    if (!pageCache) return void render();
    const request = { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers };
    const cacheKey = pageCacheKey(request);
    if (cacheKey) return void pageCache.answer(cacheKey, req, res, nonce, { anonymous: true }, render);
    const reading = readers ? signedInReading(request) : null;
    if (!reading || !readers) return void render();
    void answerSignedIn(reading, readers, pageCache, { req, res, nonce, render });
  };
}

/**
 * A signed-in reader's reading page: the session is resolved here, per request (never cached,
 * so a lapsed subscription shows the teaser on the very next request), and picks the shared
 * copy of the reader's class. On a miss the render reuses this viewer and clock, and the page is
 * kept only if the render reports that it made the page of that same class.
 */
async function answerSignedIn(
  reading: SignedInReading,
  readers: NonNullable<EdgeOptions["readers"]>,
  pageCache: PageCache,
  { req, res, nonce, render }: { req: IncomingMessage; res: ServerResponse; nonce: string; render: () => Promise<void> },
): Promise<void> {
  const now = new Date();
  let viewer: Viewer;
  try {
    viewer = await readers.findViewer(reading.sessionToken, now);
  } catch (error) {
    // The render resolves the session itself and answers whatever went wrong.
    console.error("[server] resolving a session failed:", error);
    return render();
  }
  const readingClassNow = readingClass(viewer, readers.accessPolicy(now));
  const resolved: ResolvedReader = { sessionToken: reading.sessionToken, viewer, now };
  const renderAs = () => runWithResolvedReader(resolved, render);
  if (!readingClassNow) return renderAs();
  const keep = () => resolved.renderedClass === readingClassNow;
  return pageCache.answer(reading.keyFor(readingClassNow), req, res, nonce, { anonymous: false, keep }, renderAs);
}

function firstListOf(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header.join(",") : header;
}
