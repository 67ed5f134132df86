import crypto from "node:crypto";

// Responses podcast apps can revalidate cheaply: a strong ETag of the body and Last-Modified,
// answered with 304 Not Modified when the app already has this version. Apps poll feeds every
// few minutes, so most polls cost a query and a hash but no transfer.

export interface CachedBody {
  body: string;
  contentType: string;
  cacheControl: string;
  lastModified: Date | null;
}

function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(",").some((candidate) => {
    const value = candidate.trim();
    return value === "*" || value.replace(/^W\//, "") === etag;
  });
}

export function cachedResponse(request: Request, { body, contentType, cacheControl, lastModified }: CachedBody): Response {
  const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const headers = new Headers({ ETag: etag, "Cache-Control": cacheControl, "Content-Type": contentType });
  if (lastModified) headers.set("Last-Modified", lastModified.toUTCString());
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = Date.parse(request.headers.get("if-modified-since") ?? "");
  // If-None-Match wins when both are sent (RFC 9110); HTTP dates have whole seconds.
  const notModified = ifNoneMatch
    ? matches(ifNoneMatch, etag)
    : lastModified !== null && !Number.isNaN(ifModifiedSince) && Math.floor(lastModified.getTime() / 1000) * 1000 <= ifModifiedSince;
  return notModified ? new Response(null, { status: 304, headers }) : new Response(body, { status: 200, headers });
}

/** A short plain-text answer for a feed or file that is not (or no longer) there. */
export function feedError(status: 404 | 410, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
