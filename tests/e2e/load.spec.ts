import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";
import { E2E } from "./support/e2e-env";

// 200 concurrent readers for 30 s, read strictly: 200 connections in a closed loop, each sending
// its next request as soon as the previous answer is read (no reading pauses), against the
// production build. Nothing may fail, answer anything but 200, or take over 2 s.
//
// The mix, taken in turn by every request from one shared counter: three viewers (anonymous, a
// signed-in free reader, a subscriber) × five pages (a gated article, a free article, an episode
// with its transcript, the home page, a search), so each viewer × page is a fifteenth of the
// load. A crowd searches the same news: nine searches in ten are one of the popular queries (the
// longest word of each of the eight newest headlines); one in ten narrows a popular query to a
// date range no one asked for before (`from` moves back a day each time), so it misses the page
// cache and runs a real search with real hits: that is the part of the load that costs CPU.
//
// A warm-up run of the same mix (not counted) first loads the routes' code and fills the cache.

const CONNECTIONS = 200;
const DURATION_S = 30;
const WARM_UP_S = 5;
const MAX_LATENCY_MS = 2_000;
const TIMEOUT_S = 10;
const POPULAR_QUERIES = 8;
/** One search in this many is a query nobody asked before. */
const UNIQUE_SEARCH_EVERY = 10;

type Page = "gated" | "free" | "episode" | "home" | "search";
const PAGES: Page[] = ["gated", "free", "episode", "home", "search"];

async function readerCookie(subscribed: boolean): Promise<string> {
  const reader = await createReader();
  if (subscribed) await giveSubscription(reader.id);
  const cookie = await createSessionCookie(reader.id);
  return `${cookie.name}=${cookie.value}`;
}

/** A day before 2026-01-01, `n` days back: each `n` makes a date range of its own. */
function dayBack(n: number): string {
  return new Date(Date.UTC(2026, 0, 1) - n * 86_400_000).toISOString().slice(0, 10);
}

test("200 connections in a closed loop for 30 s: no error, no 5xx, no request over 2 s", async () => {
  test.setTimeout(120_000);
  const db = e2eDb();
  const slugOf = async (sql: string) => (await db.query<{ slug: string }>(sql)).rows[0]!.slug;
  const published = `status = 'PUBLISHED' AND "publishedAt" <= now()`;
  const paths: Record<Exclude<Page, "search">, string> = {
    gated: `/articles/${await slugOf(`SELECT slug FROM "Article" WHERE access = 'SUBSCRIBER' AND ${published} ORDER BY slug LIMIT 1`)}`,
    free: `/articles/${await slugOf(`SELECT slug FROM "Article" WHERE access = 'FREE' AND ${published} ORDER BY slug LIMIT 1`)}`,
    episode: `/podcasts/${await slugOf(`SELECT slug FROM "PodcastEpisode" e WHERE ${published} AND EXISTS (SELECT 1 FROM "Transcript" t WHERE t."episodeId" = e.id) ORDER BY number LIMIT 1`)}`,
    home: "/",
  };
  const headlines = await db.query<{ title: string }>(
    `SELECT title FROM "Article" WHERE ${published} ORDER BY "publishedAt" DESC LIMIT ${POPULAR_QUERIES}`,
  );
  const queries = headlines.rows.map(({ title }) =>
    title
      .split(/[^\p{L}]+/u)
      .sort((a, b) => b.length - a.length)[0]!
      .toLowerCase(),
  );
  const viewers = [undefined, await readerCookie(false), await readerCookie(true)];

  let turn = 0;
  let searches = 0;
  let uniqueSearches = 0;
  /** The next request of the mix; a search also says whether it is a new query. */
  const nextVisit = () => {
    const n = turn++;
    const cookie = viewers[n % viewers.length];
    const page = PAGES[Math.floor(n / viewers.length) % PAGES.length]!;
    if (page !== "search") return { path: paths[page], cookie, unique: false };
    const s = searches++;
    const q = encodeURIComponent(queries[s % queries.length]!);
    if (s % UNIQUE_SEARCH_EVERY !== UNIQUE_SEARCH_EVERY - 1) return { path: `/search?q=${q}`, cookie, unique: false };
    return { path: `/search?q=${q}&from=${dayBack(uniqueSearches++)}`, cookie, unique: true };
  };

  // Each address once: the first render of a route loads its code.
  for (let i = 0; i < viewers.length * PAGES.length; i++) {
    const { path, cookie } = nextVisit();
    const response = await fetch(`${E2E.appUrl}${path}`, { headers: cookie ? { cookie } : {} });
    expect(response.status, path).toBe(200);
    await response.arrayBuffer();
  }

  let searchMisses = 0;
  const run = (seconds: number) =>
    autocannon({
      url: E2E.appUrl,
      connections: CONNECTIONS,
      duration: seconds,
      timeout: TIMEOUT_S,
      requests: [
        {
          setupRequest: (request, context: { search?: boolean }) => {
            const { path, cookie } = nextVisit();
            context.search = path.startsWith("/search");
            return { ...request, path, headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) } };
          },
          onResponse: (_status, _body, context: { search?: boolean }, headers) => {
            if (context.search && headers?.["x-page-cache"] !== "hit") searchMisses++;
          },
        },
      ],
    });

  await run(WARM_UP_S);
  [searches, uniqueSearches, searchMisses] = [0, 0, 0];
  const result = await run(DURATION_S);

  const { p50, p99, max } = result.latency;
  // autocannon counts timeouts among errors.
  const failed = result.errors + result["5xx"];
  console.log(
    `load: ${CONNECTIONS} connections in a closed loop for ${DURATION_S} s: ${result.requests.total} requests ` +
      `(${Math.round(result.requests.average)}/s), p50 ${p50} ms, p99 ${p99} ms, max ${max} ms, ` +
      `errors ${result.errors} (timeouts ${result.timeouts}), 5xx ${result["5xx"]}, not 2xx ${result.non2xx}; ` +
      `searches ${searches}, of them new queries ${uniqueSearches}, answered by a render (cache miss) ${searchMisses}`,
  );
  expect(result.requests.total).toBeGreaterThan(CONNECTIONS * 10);
  expect({ failed, non2xx: result.non2xx }).toEqual({ failed: 0, non2xx: 0 });
  expect(max, `slowest request ${max} ms (p99 ${p99} ms)`).toBeLessThanOrEqual(MAX_LATENCY_MS);
});
