import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER, FORWARDING_HEADERS, resolveClientIp } from "./client-ip";
import type { PageCache } from "./page-cache";
import { pageCacheKey } from "./page-cache-rules";
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
  /** Reading pages for readers without a session, served from memory (none in development). */
  pageCache?: PageCache;
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
    const cacheKey = options.pageCache ? pageCacheKey({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers }) : null;
    if (options.pageCache && cacheKey) {
      const cached = options.pageCache.get(cacheKey);
      if (cached) return options.pageCache.serve(cached, req, res, nonce);
      options.pageCache.capture(cacheKey, req, res, nonce);
    }
    next(req, res).catch((error: unknown) => {
      console.error("[server] request failed:", error);
      if (!res.headersSent) reject(res, { status: 500, message: "Something went wrong on our side. Please try again." });
      else res.destroy();
    });
  };
}

function firstListOf(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header.join(",") : header;
}
