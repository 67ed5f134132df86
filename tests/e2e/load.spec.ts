import { expect, test } from "@playwright/test";
import { createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";
import { E2E } from "./support/e2e-env";

// 200 readers at once for 30 seconds against the production build: anonymous visitors, signed-in
// free readers and subscribers, each reading articles (free and gated), episodes with their
// transcripts and search results. A reader opens a page, reads it for a few seconds (3–8 s,
// random, so arrivals are not in lockstep) and opens the next one: at any moment about 200
// people are on the site, and the server sees about 35 requests a second from them, most of them
// rendered per viewer. Nothing may fail, answer 5xx or take over 2 s.
//
// The first ten seconds are not counted: readers arrive and the server warms up.
// Readers who never pause (a crawler, or 200 connections in a closed loop) are a different
// load: that is `npm run bench`'s business, which prints throughput against references.

const READERS = 200;
const DURATION_MS = 30_000;
/** Readers arrive and the server's code warms up (JIT, pools) before anything is counted. */
const RAMP_UP_MS = 10_000;
const READING_MS = { min: 3_000, max: 8_000 };
const MAX_LATENCY_MS = 2_000;
const REQUEST_TIMEOUT_MS = 10_000;

interface Visit {
  path: string;
  cookie?: string;
}

interface Outcome {
  ms: number;
  status: number | "error";
}

async function readerCookie(subscribed: boolean): Promise<string> {
  const reader = await createReader();
  if (subscribed) await giveSubscription(reader.id);
  const cookie = await createSessionCookie(reader.id);
  return `${cookie.name}=${cookie.value}`;
}

async function visit({ path, cookie }: Visit): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${E2E.appUrl}${path}`, {
      headers: cookie ? { cookie } : {},
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  } catch {
    return { ms: performance.now() - started, status: "error" };
  }
}

/** One reader: starts at a random point of the mix and reads until the time is up. */
async function reader(visits: Visit[], measureFrom: number, until: number, outcomes: Outcome[]): Promise<void> {
  let next = Math.floor(Math.random() * visits.length);
  // Readers arrive over the first reading interval, not all in the same millisecond.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * READING_MS.max));
  while (Date.now() < until) {
    const outcome = await visit(visits[next++ % visits.length]!);
    if (Date.now() - outcome.ms >= measureFrom) outcomes.push(outcome);
    const reading = READING_MS.min + Math.random() * (READING_MS.max - READING_MS.min);
    await new Promise((resolve) => setTimeout(resolve, reading));
  }
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
}

test("200 concurrent readers for 30 s: no error, no 5xx, no request over 2 s", async () => {
  test.setTimeout(120_000);
  const db = e2eDb();
  const slugOf = async (sql: string) => (await db.query<{ slug: string }>(sql)).rows[0]!.slug;
  const gated = await slugOf(`SELECT slug FROM "Article" WHERE access = 'SUBSCRIBER' AND status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
  const free = await slugOf(`SELECT slug FROM "Article" WHERE access = 'FREE' AND status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
  const episode = await slugOf(`SELECT slug FROM "PodcastEpisode" WHERE status = 'PUBLISHED' ORDER BY number LIMIT 1`);
  const paths = [`/articles/${gated}`, `/articles/${free}`, `/podcasts/${episode}`, "/search?q=lithium", "/", "/search?q=port+deal"];
  const cookies = [undefined, await readerCookie(false), await readerCookie(true)];
  const visits = cookies.flatMap((cookie) => paths.map((path) => ({ path, cookie })));
  // Each address once first: the first render of a route loads its code, which is not what is measured.
  for (const first of visits) expect((await visit(first)).status).toBe(200);

  const outcomes: Outcome[] = [];
  const measureFrom = Date.now() + RAMP_UP_MS;
  const until = measureFrom + DURATION_MS;
  await Promise.all(Array.from({ length: READERS }, () => reader(visits, measureFrom, until, outcomes)));

  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const failed = outcomes.filter((o) => o.status === "error" || o.status >= 500).length;
  const notOk = outcomes.filter((o) => o.status !== 200).length;
  const [p50, p99, max] = [percentile(latencies, 50), percentile(latencies, 99), Math.round(latencies.at(-1)!)];
  console.log(
    `load: ${READERS} readers, ${outcomes.length} requests (${Math.round(outcomes.length / (DURATION_MS / 1000))}/s), ` +
      `p50 ${p50} ms, p99 ${p99} ms, max ${max} ms, errors or 5xx ${failed}, not 200 ${notOk}`,
  );
  expect(outcomes.length).toBeGreaterThan(READERS * 3);
  expect({ failed, notOk }).toEqual({ failed: 0, notOk: 0 });
  expect(max, `slowest request ${max} ms (p99 ${p99} ms)`).toBeLessThanOrEqual(MAX_LATENCY_MS);
});
