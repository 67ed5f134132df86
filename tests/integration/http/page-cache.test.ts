import http from "node:http";
import type net from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { getEnv } from "@/lib/env";
import { listenForContentChanges, type ContentListener } from "@/lib/http/content-listener";
import { createEdgeHandler } from "@/lib/http/edge";
import { PageCache } from "@/lib/http/page-cache";
import { readingClass, type ReadingClass } from "@/lib/http/reading-class";
import { resolvedReader } from "@/lib/http/resolved-reader";
import type { Viewer } from "@/lib/entitlements";

// The page cache in the edge, over real sockets, in front of a stand-in for Next.js that renders
// a page stamped with the request's CSP nonce and counts its renders; invalidated through a real
// PostgreSQL NOTIFY.

let renders = 0;
/** Sessions the stand-in edge resolves, by token, and how often it resolved one. */
const sessions = new Map<string, Viewer>();
let resolutions = 0;
/** What the stand-in render reports about the page it made (by default, what its viewer is). */
let report: (viewer: Viewer) => ReadingClass | null | undefined = (viewer) =>
  readingClass(viewer, { now: new Date(), pastDueGraceDays: 7 });
let version = 1;
/** Holds the rendering of /articles/slow… until released. */
let slowRender: Promise<void> = Promise.resolve();
/** Requests the server has received. */
let arrivals = 0;
let cache: PageCache;
let listener: ContentListener;
let server: http.Server;
let base: string;

function nonceOf(csp: string | null): string {
  return /'nonce-([^']+)'/.exec(csp ?? "")![1]!;
}

beforeAll(async () => {
  cache = new PageCache({ maxBytes: 1024 * 1024, ttlMs: 60_000 });
  listener = listenForContentChanges(getEnv().DATABASE_URL!, { onChange: () => cache.clear(), onListening: (on) => (cache.enabled = on) });
  for (let i = 0; i < 100 && !cache.enabled; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  server = http.createServer(
    createEdgeHandler(
      {
        appUrl: "http://localhost:3000",
        trustedHops: 0,
        formTargets: [],
        development: false,
        pageCache: cache,
        readers: {
          findViewer: async (token) => {
            resolutions += 1;
            return sessions.get(token) ?? { kind: "anonymous" };
          },
          accessPolicy: (now) => ({ now, pastDueGraceDays: 7 }),
        },
      },
      async (req, res) => {
        renders += 1;
        const resolved = resolvedReader();
        if (resolved) resolved.renderedClass = report(resolved.viewer);
        if (req.url?.startsWith("/articles/slow")) await slowRender;
        const nonce = nonceOf(String(req.headers["content-security-policy"]));
        res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        if (req.url === "/articles/with-cookie") res.setHeader("Set-Cookie", "x=1");
        res.statusCode = req.url === "/articles/missing" ? 404 : 200;
        const viewer = resolved ? ` (${resolved.viewer.kind === "user" ? resolved.viewer.userId : "anonymous"})` : "";
        res.write(`<!doctype html><p>version ${version}, rendered for ${req.headers.cookie ?? "nobody"}${viewer}</p>`);
        // A page of about 20 KB when asked: a few dozen fill the test's 1 MB cache.
        if (req.url?.includes("big=1")) res.write(`<p>${"filler ".repeat(3000)}</p>`);
        res.end(`<script nonce="${nonce}">1</script>`);
      },
    ),
  );
  server.on("request", () => (arrivals += 1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  await listener.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

describe("the page cache", () => {
  it("renders a reading page once for readers without a session, each answer with its own valid nonce", async () => {
    const before = renders;
    const first = await fetch(`${base}/articles/one`);
    const second = await fetch(`${base}/articles/one`);
    expect(renders - before).toBe(1);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    for (const response of [first, second]) {
      const nonce = nonceOf(response.headers.get("content-security-policy"));
      expect(await response.text()).toContain(`<script nonce="${nonce}">`);
    }
    expect(nonceOf(first.headers.get("content-security-policy"))).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    // Back/forward cache allowed; shared caches kept out, since every answer has its own nonce.
    expect(second.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("compresses cached answers for browsers that accept gzip", async () => {
    await fetch(`${base}/articles/zipped`);
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/articles/zipped`, { headers: { "Accept-Encoding": "gzip" } }, resolve),
    );
    expect(response.headers["content-encoding"]).toBe("gzip");
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    expect(zlib.gunzipSync(Buffer.concat(chunks)).toString()).toContain("version");
  });

  it("never serves a signed-in reader the anonymous page, nor keeps theirs for anonymous readers", async () => {
    const before = renders;
    const cookie = "next-auth.session-token=0123456789abcdef0123";
    await fetch(`${base}/articles/two`);
    const signedIn = await fetch(`${base}/articles/two`, { headers: { Cookie: cookie } });
    expect(await signedIn.text()).toContain(`rendered for ${cookie}`);
    expect(signedIn.headers.get("cache-control")).toContain("no-store");
    const anonymous = await fetch(`${base}/articles/two`);
    expect(await anonymous.text()).toContain("rendered for nobody");
    expect(renders - before).toBe(2);
  });

  it("keeps no error pages, no responses setting cookies, and nothing outside the reading pages", async () => {
    for (const url of ["/articles/missing", "/articles/with-cookie", "/account"]) {
      const before = renders;
      await fetch(`${base}${url}`);
      await fetch(`${base}${url}`);
      expect(renders - before, url).toBe(2);
    }
  });

  it("drops every page when content changes, in any instance, once the change commits", async () => {
    await fetch(`${base}/`);
    version = 2;
    await db.$transaction(async (tx) => {
      await notifyContentChanged(tx, { kind: "article", id: "x" });
      // Not yet committed: the cached page stands.
      expect(await (await fetch(`${base}/`)).text()).toContain("version 1");
    });
    await expect.poll(async () => (await fetch(`${base}/`)).text()).toContain("version 2");
  });

  it("keeps no page whose rendering began before content changed (it may show the old content)", async () => {
    let release!: () => void;
    slowRender = new Promise((resolve) => (release = resolve));
    const before = renders;
    const inFlight = fetch(`${base}/articles/slow`);
    await expect.poll(() => renders).toBe(before + 1);
    cache.clear();
    release();
    await (await inFlight).text();
    slowRender = Promise.resolve();
    await fetch(`${base}/articles/slow`);
    expect(renders - before).toBe(2);
    await fetch(`${base}/articles/slow`);
    expect(renders - before).toBe(2);
  });

  /** Starts `count` requests of `path` while its first render is held, and lets it go once all arrived. */
  async function crowdDuringRender(path: string, count: number, whileHeld: () => void = () => {}): Promise<Response[]> {
    let release!: () => void;
    slowRender = new Promise((resolve) => (release = resolve));
    const arrived = arrivals;
    const first = fetch(`${base}${path}`);
    await expect.poll(() => arrivals).toBe(arrived + 1);
    const crowd = Array.from({ length: count - 1 }, () => fetch(`${base}${path}`));
    await expect.poll(() => arrivals).toBe(arrived + count);
    whileHeld();
    release();
    const responses = await Promise.all([first, ...crowd]);
    slowRender = Promise.resolve();
    return responses;
  }

  it("answers identical requests that arrive during a render with that one render, each with its own nonce", async () => {
    const before = renders;
    const responses = await crowdDuringRender("/articles/slow-crowd", 6);
    expect(renders - before).toBe(1);
    const nonces = new Set<string>();
    for (const response of responses) {
      const nonce = nonceOf(response.headers.get("content-security-policy"));
      expect(await response.text()).toContain(`<script nonce="${nonce}">`);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(6);
  });

  it("makes those who waited for a render that began before content changed render their own page", async () => {
    const before = renders;
    await crowdDuringRender("/articles/slow-changed", 4, () => cache.clear());
    expect(renders - before).toBe(4);
  });

  it("keeps the plain reading pages through a flood of addresses with new query strings", async () => {
    await fetch(`${base}/articles/hot`);
    for (let i = 0; i < 80; i++) await (await fetch(`${base}/search?q=flood-${i}&big=1`)).text();
    expect((await fetch(`${base}/articles/hot`)).headers.get("x-page-cache")).toBe("hit");
    // The flood's share is still a cache: the newest searches are kept.
    expect((await fetch(`${base}/search?q=flood-79&big=1`)).headers.get("x-page-cache")).toBe("hit");
  });

  const subscription = {
    status: "active" as const,
    currentPeriodEnd: new Date(Date.now() + 86_400_000),
    cancelAtPeriodEnd: false,
    pastDueSince: null,
  };
  function signIn(userId: string, subscribed: boolean): string {
    const token = `${userId}-0123456789abcdef`;
    sessions.set(token, { kind: "user", userId, role: "READER", subscriptions: subscribed ? [subscription] : [] });
    return `next-auth.session-token=${token}`;
  }

  it("shares a signed-in reader's page within their class only, resolving the session on every request", async () => {
    const [first, second, free] = [signIn("sub-1", true), signIn("sub-2", true), signIn("free-1", false)];
    const [rendersBefore, resolutionsBefore] = [renders, resolutions];
    expect(await (await fetch(`${base}/articles/shared`, { headers: { Cookie: first } })).text()).toContain("(sub-1)");
    const hit = await fetch(`${base}/articles/shared`, { headers: { Cookie: second } });
    expect(hit.headers.get("x-page-cache")).toBe("hit");
    expect(hit.headers.get("cache-control")).toContain("no-store");
    expect(await (await fetch(`${base}/articles/shared`, { headers: { Cookie: free } })).text()).toContain("(free-1)");
    expect(await (await fetch(`${base}/articles/shared`)).text()).toContain("rendered for nobody");
    expect(renders - rendersBefore).toBe(3);
    expect(resolutions - resolutionsBefore).toBe(3);
  });

  it("keeps a signed-in page only when the render reports having made the class the edge picked", async () => {
    const cookie = signIn("sub-3", true);
    for (const reported of [() => "reader" as const, () => null, () => undefined]) {
      report = reported;
      const before = renders;
      await fetch(`${base}/articles/unconfirmed`, { headers: { Cookie: cookie } });
      await fetch(`${base}/articles/unconfirmed`, { headers: { Cookie: cookie } });
      expect(renders - before).toBe(2);
    }
    report = (viewer) => readingClass(viewer, { now: new Date(), pastDueGraceDays: 7 });
  });
});
