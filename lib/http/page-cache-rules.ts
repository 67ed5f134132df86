import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";

// Which requests may be answered from the page cache: reading pages and public feeds, asked for
// as a whole document by someone with no session. Pure, so the rules are tested on their own.
// A signed-in reader's page is never cached or served from the cache; nor are RSC payloads
// (client navigations), per-token private feeds, the account, the desk or anything that posts.

const EXACT = new Set([
  "/",
  "/articles",
  "/podcasts",
  "/pricing",
  "/news",
  "/briefs",
  "/feed.xml",
  "/podcasts/feed.xml",
  "/sitemap.xml",
  "/robots.txt",
]);
const UNDER = ["/articles/", "/podcasts/", "/briefs/", "/authors/"];
const NEVER_UNDER = ["/podcasts/private/"];

export interface CacheableRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

function hasSessionCookie(cookie: string | string[] | undefined): boolean {
  const header = Array.isArray(cookie) ? cookie.join("; ") : (cookie ?? "");
  return SESSION_COOKIE_NAMES.some((name) => header.includes(`${name}=`));
}

function isReadingPath(path: string): boolean {
  if (NEVER_UNDER.some((prefix) => path.startsWith(prefix))) return false;
  return EXACT.has(path) || UNDER.some((prefix) => path.startsWith(prefix) && path.length > prefix.length);
}

/**
 * The cache key for a request, or null when it must go to the app: the path and its query with
 * parameters sorted, so `?a=1&b=2` and `?b=2&a=1` share an entry.
 */
export function pageCacheKey({ method, url, headers }: CacheableRequest): string | null {
  if (method !== "GET") return null;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-action"] !== undefined) return null;
  if (hasSessionCookie(headers.cookie)) return null;
  const parsed = new URL(url, "http://cache.invalid");
  if (!isReadingPath(parsed.pathname) || parsed.searchParams.has("_rsc")) return null;
  parsed.searchParams.sort();
  const query = parsed.searchParams.toString();
  return query ? `${parsed.pathname}?${query}` : parsed.pathname;
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
