import { describe, expect, it } from "vitest";
import { anonymousCacheControl, inQueriedShare, pageCacheKey, signedInReading } from "@/lib/http/page-cache-rules";

const get = (url: string, headers: Record<string, string> = {}) => pageCacheKey({ method: "GET", url, headers });

describe("which requests the page cache may answer", () => {
  it.each([
    ["/", "/"],
    ["/articles", "/articles"],
    ["/articles?section=africa&page=2", "/articles?page=2&section=africa"],
    ["/articles/ports-and-promises", "/articles/ports-and-promises"],
    ["/podcasts/episode-1?t=30", "/podcasts/episode-1?t=30"],
    ["/feed.xml", "/feed.xml"],
    ["/podcasts/feed.xml", "/podcasts/feed.xml"],
    ["/search", "/search"],
    ["/search?type=articles&q=port+deal", "/search?q=port+deal&type=articles"],
  ])("reading page %s is cacheable as %s", (url, key) => {
    expect(get(url)).toBe(key);
  });

  it.each([
    "/account",
    "/admin",
    "/admin/articles",
    "/signin",
    "/search/",
    "/searching",
    "/subscribe/monthly",
    "/api/auth/session",
    "/articles/",
    "/podcasts/private/abc/feed.xml",
    "/media/podcasts/episode-1.mp3",
  ])("%s always goes to the app", (url) => {
    expect(get(url)).toBeNull();
  });

  it("never for a reader with a session, whichever cookie name next-auth used", () => {
    expect(get("/", { cookie: "next-auth.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "theme=dark; __Secure-next-auth.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "theme=dark" })).toBe("/");
  });

  it("never for RSC payloads, prefetches, server actions or anything but GET", () => {
    expect(get("/", { rsc: "1" })).toBeNull();
    expect(get("/?_rsc=abc")).toBeNull();
    expect(get("/", { "next-router-prefetch": "1" })).toBeNull();
    expect(get("/", { "next-action": "abc" })).toBeNull();
    expect(pageCacheKey({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(pageCacheKey({ method: "HEAD", url: "/", headers: {} })).toBeNull();
  });
});

describe("which requests signed-in readers share per reading class", () => {
  const token = "0123456789abcdef0123456789abcdef";
  const signedIn = (url: string, cookie = `next-auth.session-token=${token}`, headers: Record<string, string> = {}) =>
    signedInReading({ method: "GET", url, headers: { cookie, ...headers } });

  it("keys reading pages by class, apart from each other and from anonymous keys", () => {
    const reading = signedIn("/articles?section=africa&page=2")!;
    expect(reading.sessionToken).toBe(token);
    expect(reading.keyFor("subscriber")).toBe("subscriber /articles?page=2&section=africa");
    expect(reading.keyFor("reader")).toBe("reader /articles?page=2&section=africa");
    expect(signedIn("/articles/x%20subscriber")!.keyFor("reader")).toBe("reader /articles/x%20subscriber");
  });

  it("keys searches by class too: results depend on the viewer only through the access rule", () => {
    expect(signedIn("/search?type=articles&q=lithium")!.keyFor("subscriber")).toBe("subscriber /search?q=lithium&type=articles");
    expect(signedIn("/search")!.keyFor("reader")).toBe("reader /search");
  });

  it("reads the session token as the pages do: the secure name first, only a well-formed token", () => {
    expect(signedIn("/", `theme=dark; __Secure-next-auth.session-token=${token}x; next-auth.session-token=${token}`)!.sessionToken).toBe(
      `${token}x`,
    );
    expect(signedIn("/", `next-auth.session-token=${token}; next-auth.session-token=other-token-0000000`)!.sessionToken).toBe(token);
    expect(signedIn("/", "next-auth.session-token=subscriber /articles")).toBeNull();
    expect(signedIn("/", "theme=dark")).toBeNull();
  });

  it.each(["/pricing", "/pricing?next=%2F", "/feed.xml", "/account", "/podcasts/private/abc/feed.xml", "/admin"])(
    "%s is rendered for the reader alone",
    (url) => expect(signedIn(url)).toBeNull(),
  );

  it("never for RSC payloads, prefetches or anything but GET", () => {
    expect(signedIn("/", undefined, { rsc: "1" })).toBeNull();
    expect(signedIn("/?_rsc=abc")).toBeNull();
    expect(signedIn("/", undefined, { "next-router-prefetch": "1" })).toBeNull();
    expect(signedInReading({ method: "HEAD", url: "/", headers: { cookie: `next-auth.session-token=${token}` } })).toBeNull();
  });
});

describe("which share of the cache a page is kept in", () => {
  // Query strings and escapes are whatever a client types: a flood of new ones must only push
  // out others of their kind, never the reading pages addressed by their plain path.
  it.each(["/search?q=lithium", "reader /search?q=lithium", "/articles?page=2", "/articles/one?utm=x", "/articles/%6Fne"])(
    "%s is in the share for addresses a client can vary without end",
    (key) => expect(inQueriedShare(key)).toBe(true),
  );

  it.each(["/", "/search", "subscriber /articles/one", "/podcasts/episode-1", "/feed.xml"])("%s is in the share for plain paths", (key) =>
    expect(inQueriedShare(key)).toBe(false),
  );
});

describe("Cache-Control for readers without a session", () => {
  it("turns Next.js's no-store into a revalidating private policy, and keeps any other choice", () => {
    expect(anonymousCacheControl("private, no-cache, no-store, max-age=0, must-revalidate")).toBe("private, no-cache");
    expect(anonymousCacheControl("public, max-age=300")).toBe("public, max-age=300");
  });
});
