import { describe, expect, it } from "vitest";
import { anonymousCacheControl, pageCacheKey } from "@/lib/http/page-cache-rules";

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
  ])("reading page %s is cacheable as %s", (url, key) => {
    expect(get(url)).toBe(key);
  });

  it.each([
    "/account",
    "/admin",
    "/admin/articles",
    "/signin",
    "/search?q=ports",
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

describe("Cache-Control for readers without a session", () => {
  it("turns Next.js's no-store into a revalidating private policy, and keeps any other choice", () => {
    expect(anonymousCacheControl("private, no-cache, no-store, max-age=0, must-revalidate")).toBe("private, no-cache");
    expect(anonymousCacheControl("public, max-age=300")).toBe("public, max-age=300");
  });
});
