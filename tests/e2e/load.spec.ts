import autocannon from "autocannon";
import { expect, test } from "@playwright/test";
import { createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";
import { E2E } from "./support/e2e-env";

// 200 readers at once for 30 seconds against the production build: anonymous visitors, signed-in
// free readers and subscribers, each reading articles (free and gated), episodes with their
// transcripts and search results. Every connection cycles through the whole mix, so the three
// kinds of reader compete for the same server. Nothing may fail, answer 5xx or take over 2 s.

const CONNECTIONS = 200;
const DURATION_SECONDS = 30;
const MAX_LATENCY_MS = 2_000;

async function readerCookie(subscribed: boolean): Promise<string> {
  const reader = await createReader();
  if (subscribed) await giveSubscription(reader.id);
  const cookie = await createSessionCookie(reader.id);
  return `${cookie.name}=${cookie.value}`;
}

test("200 concurrent readers for 30 s: no error, no 5xx, no request over 2 s", async () => {
  test.setTimeout(120_000);
  const db = e2eDb();
  const slugOf = async (sql: string) => (await db.query<{ slug: string }>(sql)).rows[0]!.slug;
  const gated = await slugOf(`SELECT slug FROM "Article" WHERE access = 'SUBSCRIBER' AND status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
  const free = await slugOf(`SELECT slug FROM "Article" WHERE access = 'FREE' AND status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
  const episode = await slugOf(`SELECT slug FROM "PodcastEpisode" WHERE status = 'PUBLISHED' ORDER BY number LIMIT 1`);
  const paths = [`/articles/${gated}`, `/articles/${free}`, `/podcasts/${episode}`, "/search?q=lithium", "/", "/search?q=port+deal"];
  const readers = { anonymous: undefined, free: await readerCookie(false), subscriber: await readerCookie(true) };
  const requests = Object.values(readers).flatMap((cookie) =>
    paths.map((path) => ({ method: "GET" as const, path, headers: (cookie ? { cookie } : {}) as Record<string, string> })),
  );
  // Each address once first: the first render of a route loads its code, which is not what is measured.
  for (const { path, headers } of requests) expect((await fetch(`${E2E.appUrl}${path}`, { headers })).status).toBe(200);

  const result = await autocannon({
    url: E2E.appUrl,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    timeout: 10,
    requests,
  });
  const { p50, p99, max } = result.latency;
  console.log(
    `load: ${result.requests.total} requests (${Math.round(result.requests.average)}/s), p50 ${p50} ms, p99 ${p99} ms, max ${max} ms, ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${result["5xx"]}, non-2xx ${result.non2xx}`,
  );
  expect(result.requests.total).toBeGreaterThan(CONNECTIONS);
  expect({ errors: result.errors, timeouts: result.timeouts, "5xx": result["5xx"], non2xx: result.non2xx }).toEqual({
    errors: 0,
    timeouts: 0,
    "5xx": 0,
    non2xx: 0,
  });
  expect(max, `slowest request ${max} ms (p99 ${p99} ms)`).toBeLessThanOrEqual(MAX_LATENCY_MS);
});
