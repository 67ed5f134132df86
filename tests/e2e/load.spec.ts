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
// The first 5 s on the same connections are a warm-up and not counted (the routes' code loads,
// the cache fills). Printed: answers/s, p50, p99 and max, errors, non-200 answers, how many
// searches were answered by a render (cache misses), latency per viewer and page, and in which
// seconds answers took over 1 s (a stall of the whole machine shows as one cluster).

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
  const VIEWER_NAMES = ["anonymous", "free reader", "subscriber"];

  let turn = 0;
  let searches = 0;
  let uniqueSearches = 0;
  /** The next request of the mix; a search also says whether it is a new query. */
  const nextVisit = () => {
    const n = turn++;
    const cookie = viewers[n % viewers.length];
    const page = PAGES[Math.floor(n / viewers.length) % PAGES.length]!;
    const kind = `${VIEWER_NAMES[n % viewers.length]} ${page}`;
    if (page !== "search") return { path: paths[page], cookie, kind };
    const s = searches++;
    const q = encodeURIComponent(queries[s % queries.length]!);
    if (s % UNIQUE_SEARCH_EVERY !== UNIQUE_SEARCH_EVERY - 1) return { path: `/search?q=${q}`, cookie, kind };
    return { path: `/search?q=${q}&from=${dayBack(uniqueSearches++)}`, cookie, kind: `${kind} (new query)` };
  };

  // Each address once: the first render of a route loads its code.
  for (let i = 0; i < viewers.length * PAGES.length; i++) {
    const { path, cookie } = nextVisit();
    const response = await fetch(`${E2E.appUrl}${path}`, { headers: cookie ? { cookie } : {} });
    expect(response.status, path).toBe(200);
    await response.arrayBuffer();
  }

  // One run, warm-up included, so the counted part keeps the connections the warm-up opened;
  // each request is timed from when it is handed to its connection.
  const measureFrom = performance.now() + WARM_UP_S * 1000;
  const counted = { responses: 0, notOk: 0, errors: 0, searches: 0, newQueries: 0, searchMisses: 0 };
  const byKind = new Map<string, number[]>();
  /** The second of the counted run in which each request over 1 s was sent. */
  const slowAt = new Map<number, number>();
  const errors: string[] = [];
  const unanswered: string[] = [];
  type Context = { kind?: string; sentAt?: number; waiting?: boolean };
  let finished!: (error: Error | null) => void;
  const done = new Promise<void>((resolve, reject) => (finished = (error) => (error ? reject(error) : resolve())));
  const instance = autocannon(
    {
      url: E2E.appUrl,
      connections: CONNECTIONS,
      duration: WARM_UP_S + DURATION_S,
      timeout: TIMEOUT_S,
      requests: [
        {
          setupRequest: (request, context: Context) => {
            // A connection whose request got no answer in time is replaced and starts over here.
            if (context.waiting) unanswered.push(`${context.kind} sent at ${((context.sentAt! - measureFrom) / 1000).toFixed(1)} s`);
            const { path, cookie, kind } = nextVisit();
            [context.kind, context.sentAt, context.waiting] = [kind, performance.now(), true];
            return { ...request, path, headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) } };
          },
          onResponse: (status, _body, context: Context, headers) => {
            context.waiting = false;
            if (context.sentAt! < measureFrom) return;
            const ms = performance.now() - context.sentAt!;
            const kind = context.kind!;
            (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(ms);
            counted.responses++;
            if (status !== 200) counted.notOk++;
            if (ms > 1000) {
              const second = Math.floor((context.sentAt! - measureFrom) / 1000);
              slowAt.set(second, (slowAt.get(second) ?? 0) + 1);
            }
            if (kind.includes("search")) {
              counted.searches++;
              if (kind.includes("new query")) counted.newQueries++;
              // Raw header names, as the server wrote them.
              if (headers?.["X-Page-Cache"] !== "hit") counted.searchMisses++;
            }
          },
        },
      ],
    },
    finished,
  );
  // Errors and timeouts (autocannon counts these itself, without the request).
  instance.on("reqError", (error: Error) => {
    const at = performance.now() - measureFrom;
    errors.push(`${error.message} at ${(at / 1000).toFixed(1)} s`);
    if (at >= 0) counted.errors++;
  });
  await done;

  const latencies = [...byKind.values()].flat().sort((a, b) => a - b);
  const at = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
  const [p50, p99, max] = [at(latencies, 0.5), at(latencies, 0.99), at(latencies, 1)];
  console.log(
    `load: ${CONNECTIONS} connections in a closed loop, ${DURATION_S} s counted after ${WARM_UP_S} s of warm-up: ` +
      `${counted.responses} answers (${Math.round(counted.responses / DURATION_S)}/s), p50 ${p50} ms, p99 ${p99} ms, max ${max} ms, ` +
      `errors or timeouts ${counted.errors}, not 200 ${counted.notOk}; searches ${counted.searches}, ` +
      `of them new queries ${counted.newQueries}, answered by a render (cache miss) ${counted.searchMisses}`,
  );
  if (errors.length > 0) console.log(`  errors (time from the end of the warm-up): ${errors.join("; ")}`);
  if (unanswered.length > 0) console.log(`  no answer in ${TIMEOUT_S} s: ${unanswered.join("; ")}`);
  if (slowAt.size > 0) console.log(`  answers over 1 s, by second sent: ${[...slowAt].map(([second, n]) => `${second}: ${n}`).join(", ")}`);
  const kinds = [...byKind].map(([kind, all]) => ({ kind, all: all.sort((a, b) => a - b) }));
  for (const { kind, all } of kinds.sort((a, b) => b.all.at(-1)! - a.all.at(-1)!)) {
    console.log(`  ${kind}: ${all.length}, p50 ${at(all, 0.5)} ms, p99 ${at(all, 0.99)} ms, max ${at(all, 1)} ms`);
  }
  expect(counted.responses).toBeGreaterThan(CONNECTIONS * 10);
  expect({ errors: counted.errors, notOk: counted.notOk }).toEqual({ errors: 0, notOk: 0 });
  expect(max, `slowest answer ${max} ms (p99 ${p99} ms)`).toBeLessThanOrEqual(MAX_LATENCY_MS);
});
