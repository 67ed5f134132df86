// Checks the server (server.ts) makes before a request reaches Next.js: requests that no browser
// sends and that would otherwise surface as errors deep inside rendering or the database
// (PostgreSQL refuses NUL bytes; decoding invalid UTF-8 throws). Pure.

export interface Rejection {
  status: number;
  message: string;
}

/** The largest request body the app accepts (Next.js' own limit for server actions). */
export const MAX_BODY_BYTES = 1024 * 1024;

const CONTROL = /[\u0000-\u001f\u007f]/;

/** The request target (`/path?query`) must be a well-formed path without control characters. */
export function checkRequestTarget(target: string): Rejection | null {
  if (!target.startsWith("/")) return { status: 400, message: "The request target must be a path." };
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    return { status: 400, message: "The address is not valid UTF-8 or has a broken %-escape." };
  }
  if (CONTROL.test(decodedPath)) return { status: 400, message: "The address contains control characters." };
  if (queryStart !== -1) {
    for (const [key, value] of new URLSearchParams(target.slice(queryStart + 1))) {
      if (key.includes("\u0000") || value.includes("\u0000")) return { status: 400, message: "The query contains a NUL byte." };
    }
  }
  return null;
}

/**
 * Uploads from the desk (images, podcast audio) are the only bodies larger than MAX_BODY_BYTES:
 * route handlers under this path accept up to UPLOAD_MAX_BYTES. proxy.ts leaves them alone (it
 * would buffer and truncate the body), so each checks the staff role itself and streams what it
 * receives to object storage.
 */
export const UPLOAD_PATH_PREFIX = "/admin/uploads/";
export const UPLOAD_MAX_BYTES = 300 * 1024 * 1024;

/** Request bodies must say how long they are, and be at most MAX_BODY_BYTES (uploads: UPLOAD_MAX_BYTES). */
export function checkBodySize(headers: { "content-length"?: string; "transfer-encoding"?: string }, path = "/"): Rejection | null {
  const length = headers["content-length"];
  if (length === undefined) {
    // Browsers always send a length for forms and fetch bodies; an unbounded stream is refused.
    return headers["transfer-encoding"] ? { status: 411, message: "Send a Content-Length with the request body." } : null;
  }
  if (!/^\d+$/.test(length)) return { status: 400, message: "The Content-Length is not a number." };
  const upload = path.startsWith(UPLOAD_PATH_PREFIX);
  if (Number(length) > (upload ? UPLOAD_MAX_BYTES : MAX_BODY_BYTES)) {
    return { status: 413, message: upload ? "The file is larger than 300 MB." : "The request body is larger than 1 MB." };
  }
  return null;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The app reads with GET and changes things with POST (forms, server actions, webhooks). Next.js
 * would render a page for PUT or DELETE as if it were a GET; they are refused instead.
 */
export function checkMethod(method: string): Rejection | null {
  return SAFE_METHODS.has(method) || method === "POST" ? null : { status: 405, message: "This method is not allowed here." };
}

/**
 * Requests that change something must come from this site's own pages. Browsers send
 * `Origin` (and `Sec-Fetch-Site`) with every cross-site POST; servers (Stripe's webhooks) send
 * neither. Next.js makes the same check for server actions, but answers a refusal with a 500.
 */
export function checkSameOrigin(
  method: string,
  headers: { origin?: string; "sec-fetch-site"?: string },
  siteOrigins: string[],
): Rejection | null {
  if (SAFE_METHODS.has(method)) return null;
  const forbidden = { status: 403, message: "Requests from other sites are not accepted." };
  if (headers["sec-fetch-site"] === "cross-site") return forbidden;
  if (headers.origin === undefined) return null;
  return siteOrigins.includes(headers.origin) ? null : forbidden;
}
