import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { CONTENT_CHANNEL } from "@/lib/content/content-channel";
import { readOutbox } from "@/lib/email/outbox";
import { createFeedToken, createReader, createSessionCookie, e2eDb } from "./support/db";
import { E2E } from "./support/e2e-env";
import { gatedSentences, type CrawlViewer } from "./support/gated-sentences";
import { crawlForLeaks, type CrawlReport } from "./support/leak-crawler";
import { appRoutes } from "./support/routes";
import { normaliseWords, type SentenceIndex } from "./support/sentence-index";

// The paywall, tried as a crawler would: from the home page, the sitemap, the feeds and every
// route of the build, as an anonymous visitor and as a signed-in free reader, every reachable
// address (pages, RSC payloads, feeds, transcripts, JSON-LD, OpenGraph images, search results,
// API routes, the brief archive) and every email a free reader gets must carry no sentence of
// gated text read from the database. The last tests prove the crawler finds a leak when there is one.

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const BRIEF_DATE = "1999-12-31";
const BRIEF_INTRO = `The crawler's own brief opens with a paragraph only subscribers may read ${stamp}.`;
const BRIEF_SUMMARY = `Its one story carries a summary that free readers never receive ${stamp}.`;
let freeReader = { id: "", email: "", cookie: "", feedToken: "" };

/** Addresses with side effects a crawler must not cause (a checkout session, a funnel count). */
const skip = (url: URL) => url.pathname.startsWith("/subscribe/") || (url.pathname === "/api/funnel" && url.search !== "");

/** Every route of the app (app/ tree and the build's manifest), with every value the database has for its segments. */
async function routeSeeds(feedToken: string): Promise<string[]> {
  const db = e2eDb();
  const column = async (sql: string) => (await db.query<{ v: string }>(sql)).rows.map((r) => r.v);
  const episodes = await column(`SELECT slug AS v FROM "PodcastEpisode"`);
  const values: Record<string, string[]> = {
    slug: [...(await column(`SELECT slug AS v FROM "Article"`)), ...episodes, ...(await column(`SELECT slug AS v FROM "Author"`))],
    file: episodes.flatMap((slug) => ["vtt", "srt", "json"].map((ext) => `${slug}.${ext}`)),
    date: await column(`SELECT to_char(date, 'YYYY-MM-DD') AS v FROM "Brief"`),
    token: [feedToken],
    plan: ["monthly"],
    key: ["podcasts/cover.png"],
    nextauth: ["session", "providers", "csrf"],
  };
  const manifest = path.resolve(".next/app-path-routes-manifest.json");
  const built = fs.existsSync(manifest) ? Object.values(JSON.parse(fs.readFileSync(manifest, "utf8")) as Record<string, string>) : [];
  const patterns = new Set([...appRoutes().map((r) => r.pattern), ...built.filter((p) => !p.startsWith("/_"))]);
  const urls: string[] = [];
  for (const pattern of patterns) {
    let expanded = [pattern];
    for (const [, name] of pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g))
      expanded = expanded.flatMap((p) => (values[name!] ?? ["crawler-sample"]).map((v) => p.replace(/\[(?:\.\.\.)?[^\]]+\]/, v)));
    urls.push(...expanded);
  }
  return urls.map((u) => `${E2E.appUrl}${u}`);
}

/** Searches built from each gated item's most distinctive words (ones no readable text has). */
function searchQueries(gated: SentenceIndex): string[] {
  const bySource = new Map<string, string>();
  for (const { sentence, source } of gated.entries()) if (!bySource.has(source)) bySource.set(source, sentence);
  return [...bySource.values()].map((sentence) => {
    const words = normaliseWords(sentence)
      .filter((w) => w.length >= 5)
      .sort((a, b) => b.length - a.length);
    return `${E2E.appUrl}/search?q=${encodeURIComponent(words.slice(0, 3).join(" "))}`;
  });
}

async function crawlAs(viewer: CrawlViewer, gated: SentenceIndex, extraSeeds: string[] = []): Promise<CrawlReport> {
  const seeds = [
    ...["/", "/sitemap.xml", "/feed.xml", "/podcasts/feed.xml", "/robots.txt", "/briefs", "/news", "/search"].map(
      (p) => `${E2E.appUrl}${p}`,
    ),
    ...extraSeeds,
  ];
  return crawlForLeaks({
    seeds,
    forced: [...(await routeSeeds(freeReader.feedToken)), ...searchQueries(gated)],
    gated,
    cookie: viewer === "free" ? freeReader.cookie : undefined,
    skip,
  });
}

function describeLeaks(report: CrawlReport): string {
  return report.leaks.map((l) => `${l.via} ${l.url}: "${l.sentence}" (${l.source})`).join("\n");
}

test.beforeAll(async () => {
  const reader = await createReader();
  const cookie = await createSessionCookie(reader.id);
  // A private podcast feed address of their own: without a subscription it must open nothing.
  freeReader = { ...reader, cookie: `${cookie.name}=${cookie.value}`, feedToken: await createFeedToken(reader.id) };
  // The free reader asks for the Daily Brief, and a brief is due now: the worker sends it the free edition.
  const db = e2eDb();
  await db.query(`INSERT INTO "BriefPreference" ("userId", enabled, timing, "updatedAt") VALUES ($1, true, 'PUBLICATION', now())`, [
    reader.id,
  ]);
  await db.query(
    `INSERT INTO "Brief" (id, date, intro, status, "sendAt", "updatedAt") VALUES ($1, $2, $3, 'SCHEDULED', now() - interval '1 second', now())`,
    [`crawler${stamp}`, BRIEF_DATE, BRIEF_INTRO],
  );
  await db.query(
    `INSERT INTO "BriefItem" (id, "briefId", position, headline, summary, url, "sourceName", language)
     VALUES ($1, $2, 0, $3, $4, 'https://example.org/crawler', 'Wire Service', 'en')`,
    [`crawleritem${stamp}`, `crawler${stamp}`, `Crawler headline ${stamp}`, BRIEF_SUMMARY],
  );
  // What the desk's "send now" does: run the brief's clock at once instead of at the next minute.
  await db.query(`INSERT INTO pgboss.job (name, data) VALUES ('briefs.tick', '{}')`);
});

test("an anonymous visitor reaches no gated sentence anywhere", async () => {
  test.setTimeout(120_000);
  const gated = await gatedSentences("anonymous");
  expect(gated.size).toBeGreaterThan(200);
  const report = await crawlAs("anonymous", gated);
  console.log(`anonymous crawl: ${report.visited.length} addresses, ${gated.size} gated sentences`);
  expect(report.visited.length).toBeGreaterThan(60);
  expect(report.failures).toEqual([]);
  expect(report.leaks, describeLeaks(report)).toEqual([]);
});

test("a signed-in free reader reaches no subscriber sentence anywhere, emails included", async () => {
  test.setTimeout(150_000);
  // The brief the worker sent them: the free edition, with links back to the site to crawl too.
  let emails: Awaited<ReturnType<typeof readOutbox>> = [];
  await expect
    .poll(
      async () => {
        emails = (await readOutbox(E2E.outboxDir)).filter((m) => m.to.includes(freeReader.email));
        return emails.some((m) => /Daily Brief/.test(m.subject));
      },
      { timeout: 90_000, message: "the free edition of the crawler's brief" },
    )
    .toBe(true);
  const gated = await gatedSentences("free");
  expect(gated.findIn(`${BRIEF_INTRO} ${BRIEF_SUMMARY}`)).toHaveLength(2);

  // Every email in the outbox to a reader who never had a subscription (ours, and other tests' readers).
  const neverSubscribed = new Set(
    (
      await e2eDb().query<{ email: string }>(
        `SELECT email FROM "User" u WHERE role = 'READER' AND NOT EXISTS (SELECT 1 FROM "Subscription" s WHERE s."userId" = u.id)`,
      )
    ).rows.map((r) => r.email),
  );
  const freeEmails = (await readOutbox(E2E.outboxDir)).filter((m) => m.to.split(", ").some((to) => neverSubscribed.has(to)));
  const emailLeaks = freeEmails.flatMap((m) =>
    gated.findIn(`${m.subject}\n${m.text}\n${m.html}`).map((l) => `email "${m.subject}" to ${m.to}: "${l.sentence}" (${l.source})`),
  );
  expect(emailLeaks).toEqual([]);

  const emailLinks = emails.flatMap((m) => m.links).filter((l) => l.startsWith(E2E.appUrl));
  const report = await crawlAs("free", gated, emailLinks);
  console.log(`free-reader crawl: ${report.visited.length} addresses, ${freeEmails.length} emails, ${gated.size} gated sentences`);
  // Signed in for real: the account page answers instead of sending to sign-in.
  expect(report.visited).toContain(`${E2E.appUrl}/account`);
  expect(report.failures).toEqual([]);
  expect(report.leaks, describeLeaks(report)).toEqual([]);
});

test("the crawler reports a sentence served by a fixture outside the product, however it is escaped", async () => {
  const gated = await gatedSentences("anonymous");
  const [target] = gated.entries().filter((e) => e.source.startsWith("SUBSCRIBER article"));
  // A tiny site linked from nowhere in the product: an HTML page linking to a feed that carries
  // the sentence as escaped HTML in its description, the way a leaking feed would.
  const escaped = target!.sentence.replace(/&/g, "&amp;").replace(/ /g, " <em></em>");
  const server = http.createServer((req, res) => {
    if (req.url === "/") res.writeHead(200, { "content-type": "text/html" }).end(`<a href="/feed.xml">feed</a><p>Nothing gated here.</p>`);
    else if (req.url !== "/feed.xml") res.writeHead(404).end();
    else
      res
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(
          `<rss><channel><item><description>${escaped.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</description></item></channel></rss>`,
        );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const report = await crawlForLeaks({ seeds: [`${origin}/`], gated });
    expect(report.leaks).toEqual([{ url: `${origin}/feed.xml`, via: "page", sentence: target!.sentence, source: target!.source }]);
  } finally {
    server.close();
  }
});

test("the crawler reports a gated sentence leaked through the database into a free page and its RSC payload", async () => {
  const gated = await gatedSentences("free");
  const [target] = gated.entries().filter((e) => e.source.startsWith("SUBSCRIBER article"));
  // An editor pastes a paragraph of a subscriber article into a pick: the stream is free to read.
  await e2eDb().query(
    `INSERT INTO "Pick" (id, headline, summary, url, "sourceName", language, position, "updatedAt")
     VALUES ($1, 'Leaked pick', $2, 'https://example.org/leak', 'Wire Service', 'en', 1000000, now())`,
    [`leak${stamp}`, target!.sentence],
  );
  // Announced as the desk announces a change to the picks: pages kept for readers are dropped.
  await e2eDb().query(`SELECT pg_notify($1, '{"kind":"pick"}')`, [CONTENT_CHANNEL]);
  await expect
    .poll(async () => (await fetch(`${E2E.appUrl}/news`, { headers: { Cookie: freeReader.cookie } })).headers.get("x-page-cache"))
    .not.toBe("hit");
  try {
    const report = await crawlForLeaks({ seeds: [`${E2E.appUrl}/news`], gated, cookie: freeReader.cookie, skip, maxRequests: 40 });
    const found = report.leaks.filter((l) => new URL(l.url).pathname === "/news" && l.sentence === target!.sentence);
    expect(found.map((l) => l.via).sort()).toEqual(["RSC", "page"]);
  } finally {
    await e2eDb().query(`DELETE FROM "Pick" WHERE id = $1`, [`leak${stamp}`]);
    await e2eDb().query(`SELECT pg_notify($1, '{"kind":"pick"}')`, [CONTENT_CHANNEL]);
  }
});
