// The app's HTTP server, used by `npm start` and `npm run dev` (scripts/start.ts) and in
// production. It is Next.js behind a thin edge (lib/http/edge.ts) that Next.js cannot provide
// itself: route handlers and server actions cannot see the socket, so the client address is
// resolved here (forwarding headers count only behind TRUST_PROXY proxies); malformed or
// cross-site requests get a clear 4xx instead of an error deep inside rendering; and every
// response carries the security headers, with a per-request CSP nonce for Next's scripts.
//
// Run with `node --import tsx --import ./scripts/lib/server-only-hook.mjs server.ts`;
// NODE_ENV=production serves the build in .next, anything else runs Next's dev server.
import http from "node:http";
import next from "next";
import pg from "pg";
import { noteContentChanged, noteContentListening } from "./lib/content/published-cache";
import { getEnv } from "./lib/env";
import { listenForContentChanges } from "./lib/http/content-listener";
import { createEdgeHandler } from "./lib/http/edge";
import { PageCache } from "./lib/http/page-cache";
import { stripeFormTargets } from "./lib/http/security-headers";
import { accessPolicyAt, querySessionViewer } from "./lib/session-viewer";

const env = getEnv();
const development = env.NODE_ENV !== "production";
// Next.js fetches a server action's redirect target from itself, at this host and port.
const app = next({ dev: development, dir: import.meta.dirname, hostname: "localhost", port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

// Reading pages are kept in memory, one copy for readers without a session and one per reading
// class for signed-in readers, and dropped whenever content changes anywhere (every instance
// listens), so a burst of readers costs one render. The same notices drop the published rows
// pages share (lib/content/published-cache.ts).
const pageCache =
  !development && env.PAGE_CACHE_MAX_MB > 0 && env.DATABASE_URL
    ? new PageCache({ maxBytes: env.PAGE_CACHE_MAX_MB * 1024 * 1024, ttlMs: env.PAGE_CACHE_TTL_SECONDS * 1000 })
    : undefined;
const contentListener =
  pageCache && env.DATABASE_URL
    ? listenForContentChanges(env.DATABASE_URL, {
        onChange: () => {
          pageCache.clear();
          noteContentChanged();
        },
        onListening: (listening) => {
          pageCache.enabled = listening;
          noteContentListening(listening);
        },
      })
    : undefined;

// Signed-in readers' sessions are resolved here, before Next.js, through a small pool of our
// own: a plain pg query costs a fraction of the same query through the Prisma client. In the
// closed-loop load test (tests/e2e/load.spec.ts) signed-in readers waited for a connection: p50
// 0.8 s with 4, 0.6 s with 10 (against 40 ms for anonymous readers). Batching the lookups of one
// event-loop turn into one query removed that wait but let every request into the event loop at
// once, and an uncached search's few database round trips then took up to 3.8 s: the pool's
// limit also keeps the loop's turns short enough for renders.
const SESSION_POOL_SIZE = 10;
const sessionPool = pageCache && env.DATABASE_URL ? new pg.Pool({ connectionString: env.DATABASE_URL, max: SESSION_POOL_SIZE }) : undefined;
// An idle connection's error (the database restarting) must not end the process; the next query reconnects.
sessionPool?.on("error", (error) => console.error("[server] session pool:", error.message));
const readers = sessionPool && {
  // The one statement this pool runs, prepared once per connection instead of parsed and
  // planned per request.
  findViewer: (token: string, now: Date) =>
    querySessionViewer(async (text, values) => (await sessionPool.query({ name: "session-viewer", text, values })).rows, token, now),
  accessPolicy: accessPolicyAt,
};

const edge = createEdgeHandler(
  {
    appUrl: env.APP_URL,
    trustedHops: env.TRUST_PROXY,
    formTargets: stripeFormTargets(env.STRIPE_API_BASE),
    development,
    pageCache,
    readers,
  },
  (req, res) => handle(req, res),
);
const server = http.createServer(edge);
server.listen(env.PORT, () => console.log(`[server] ${development ? "development" : "production"} server on port ${env.PORT}`));

// Finish the requests in flight, then exit (the start script sends SIGTERM on Ctrl-C).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void contentListener?.stop();
    void sessionPool?.end();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
