import { readSessionToken, SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import type { ReadingClass } from "./reading-class";

// Which requests may be answered from the page cache: reading pages, search and public feeds,
// asked for as a whole document. Pure, so the rules are tested on their own. Readers without a session
// share one copy of each; signed-in readers share one copy per reading class
// (lib/http/reading-class.ts), which the edge picks after resolving the session. RSC payloads
// (client navigations), per-token private feeds, the account, checkout, the desk and anything
// that posts are never cached.

const EXACT = new Set([
  "/",
  "/articles",
  "/podcasts",
  "/pricing",
  "/news",
  "/briefs",
  // Results depend on the viewer only through the access rule (lib/search/search.ts), and the
  // page reports its class through getViewer like every reading page.
  "/search",
  "/feed.xml",
  "/podcasts/feed.xml",
  "/sitemap.xml",
  "/robots.txt",
]);
const UNDER = ["/articles/", "/podcasts/", "/briefs/", "/authors/"];
const NEVER_UNDER = ["/podcasts/private/"];
/**
 * Not shared between signed-in readers: pricing shows a reader their own academic code, and
 * feeds, the sitemap and robots.txt are the same for everyone (a session changes nothing).
 */
const NOT_FOR_SIGNED_IN = new Set(["/pricing", "/feed.xml", "/podcasts/feed.xml", "/sitemap.xml", "/robots.txt"]);

export interface CacheableRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

function cookieHeader(cookie: string | string[] | undefined): string {
  return Array.isArray(cookie) ? cookie.join("; ") : (cookie ?? "");
}

function hasSessionCookie(cookie: string | string[] | undefined): boolean {
  const header = cookieHeader(cookie);
  return SESSION_COOKIE_NAMES.some((name) => header.includes(`${name}=`));
}

/** The session token in a Cookie header, read as lib/viewer.ts reads it (first of each name). */
function sessionTokenIn(cookie: string | string[] | undefined): string | null {
  const jar = new Map<string, string>();
  for (const pair of cookieHeader(cookie).split(";")) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    if (at > 0 && !jar.has(name)) jar.set(name, pair.slice(at + 1).trim());
  }
  return readSessionToken({ get: (name) => (jar.has(name) ? { value: jar.get(name)! } : undefined) });
}

function isReadingPath(path: string): boolean {
  if (NEVER_UNDER.some((prefix) => path.startsWith(prefix))) return false;
  return EXACT.has(path) || UNDER.some((prefix) => path.startsWith(prefix) && path.length > prefix.length);
}

/**
 * The cache key for a request, or null when it must go to the app: the path and its query with
 * parameters sorted, so `?a=1&b=2` and `?b=2&a=1` share an entry.
 */
export function pageCacheKey(request: CacheableRequest): string | null {
  return hasSessionCookie(request.headers.cookie) ? null : readingPageKey(request);
}

export interface SignedInReading {
  sessionToken: string;
  /** The cache key of this page for readers of `readingClass`. */
  keyFor(readingClass: ReadingClass): string;
}

/**
 * For a signed-in reader's request of a reading page: the session token to resolve and the key
 * per class; null when the page must be rendered for them alone (or the token is malformed).
 * Keys start with the class and a space, anonymous keys with "/", so the two never meet.
 */
export function signedInReading(request: CacheableRequest): SignedInReading | null {
  const sessionToken = sessionTokenIn(request.headers.cookie);
  const key = sessionToken ? readingPageKey(request) : null;
  if (!sessionToken || !key || NOT_FOR_SIGNED_IN.has(key.split("?")[0]!)) return null;
  return { sessionToken, keyFor: (readingClass) => `${readingClass} ${key}` };
}

function readingPageKey({ method, url, headers }: CacheableRequest): string | null {
  if (method !== "GET") return null;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-action"] !== undefined) return null;
  const parsed = new URL(url, "http://cache.invalid");
  if (!isReadingPath(parsed.pathname) || parsed.searchParams.has("_rsc")) return null;
  parsed.searchParams.sort();
  const query = parsed.searchParams.toString();
  return query ? `${parsed.pathname}?${query}` : parsed.pathname;
}

/**
 * Whether a page is kept in the cache's share for addresses a client can vary without end: any
 * query string (every search is one) or %-escape. A flood of new ones then only pushes out
 * others of their kind, never the reading pages addressed by their plain path.
 */
export function inQueriedShare(key: string): boolean {
  return key.includes("?") || key.includes("%");
}

/** Response headers worth keeping with a cached page (the rest are per response or per hop). */
export function keptHeader(name: string): boolean {
  return ![
    "set-cookie",
    "date",
    "content-length",
    "content-encoding",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "content-security-policy",
  ].includes(name.toLowerCase());
}

/**
 * What browsers may do with a page for a reader without a session: keep it for back/forward
 * navigation and revalidate otherwise. `private`, because each response carries its own CSP
 * nonce, so a shared cache must not hand one response to many readers.
 */
export const ANONYMOUS_PAGE_CACHE_CONTROL = "private, no-cache";

/**
 * Next.js sends `no-store` with every dynamically rendered page, which also keeps it out of
 * the back/forward cache. For a request without a session that is needlessly strict: the page
 * is the same for every anonymous reader. Any other value the app chose (feeds) stands.
 */
export function anonymousCacheControl(appValue: string): string {
  return /no-store/i.test(appValue) ? ANONYMOUS_PAGE_CACHE_CONTROL : appValue;
}
