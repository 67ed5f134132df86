// Search latency for `npm run bench`: median and p99 of 100 searches through lib/search as the
// /search page calls it, an anonymous reader and a subscriber in turn, over the bench's seeded
// publication and over a generated corpus of 50,000 articles. The corpus lives in a database of
// its own on the same server (kept for later runs), so the bench's data is never touched.
//
// benchSearch() runs each measurement in a child process of this file: the app's database
// client reads DATABASE_URL once per process, and lib/ modules need the server-only hook.
// Only node: modules are imported at the top, so the runner can import this file as is.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Viewer } from "../lib/entitlements";

const root = path.resolve(import.meta.dirname, "..");
const CORPUS_DATABASE = "dispatch_search_corpus";

export interface SearchBenchRow {
  label: string;
  articles: number;
  medianMs: number;
  p99Ms: number;
  averageResults: number;
  /** CPU per search of this process (lib/search, pg) and of PostgreSQL: what a loaded machine does not distort. */
  appCpuMs: number;
  databaseCpuMs: number;
}

/**
 * Measures search over the database at `databaseUrl` and over the generated corpus beside it;
 * prints and returns the rows. `pgDataDir` is the server's data folder (its postmaster.pid says
 * whose CPU to count).
 */
export async function benchSearch(databaseUrl: string, pgDataDir: string, corpusSize = 50_000): Promise<SearchBenchRow[]> {
  console.log("Search latency (lib/search, anonymous and subscriber in turn, 100 searches)");
  const rows: SearchBenchRow[] = [];
  for (const [label, args] of [
    ["seeded publication", []],
    ["generated corpus", ["--corpus", String(corpusSize)]],
  ] as const) {
    const { stdout } = await promisify(execFile)(
      "node",
      ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "scripts/bench-search.ts", "--measure", pgDataDir, ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 1 << 20 },
    );
    const row = { label, ...JSON.parse(stdout.trim().split("\n").pop()!) } as SearchBenchRow;
    console.log(
      `  ${row.label}, ${row.articles} articles: median ${row.medianMs.toFixed(1)} ms, p99 ${row.p99Ms.toFixed(1)} ms, ` +
        `CPU per search ${(row.appCpuMs + row.databaseCpuMs).toFixed(1)} ms (app ${row.appCpuMs.toFixed(1)}, PostgreSQL ${row.databaseCpuMs.toFixed(1)}) ` +
        `(${row.averageResults} results on average)`,
    );
    rows.push(row);
  }
  return rows;
}

const QUERIES = [
  "debt",
  "China railway",
  "lithium prices",
  "swap lines",
  '"panda bonds"',
  "solar -tariff",
  "central bank renminbi",
  "port concession",
  "refinery jobs",
  "durian",
  "Gulf investment",
  "Nairobi budget",
  "nickel smelter",
  "data centres Malaysia",
  "export levies",
  "Kazakhstan",
  "cobalt OR copper",
  "white desert",
  "soybeans Pacific",
  "infrastructure loans renegotiation",
];

/** Creates, migrates and fills the corpus database up to `size` articles; returns its URL. */
async function fillCorpus(serverUrl: string, size: number): Promise<string> {
  const { default: pg } = await import("pg");
  const { migrateDatabase } = await import("./lib/migrate");
  const { articles } = await import("../prisma/seed/content/articles");
  const { renderArticleHtml } = await import("../lib/content/article-html");
  const url = new URL(serverUrl);
  url.pathname = `/${CORPUS_DATABASE}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [CORPUS_DATABASE])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${CORPUS_DATABASE}`);
  await admin.end();
  await migrateDatabase(root, url.href);
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    const have = Number((await client.query(`SELECT count(*) FROM "Article"`)).rows[0].count);
    if (have >= size) return url.href;
    console.error(`  generating ${size - have} articles for the search corpus (kept for later runs)…`);
    await client.query(
      `INSERT INTO "Section" (id, slug, label, position, "updatedAt") VALUES ('bench', 'bench', 'Bench', 1, now()) ON CONFLICT DO NOTHING`,
    );
    const templates = articles.map((a) => ({ ...a, ...renderArticleHtml(a.body) }));
    for (let start = have; start < size; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, size - start) }, (_, i) => {
        const n = start + i;
        // Each article mixes two demo articles' paragraphs, so words co-occur in new ways.
        const a = templates[n % templates.length]!;
        const b = templates[(n * 7 + 3) % templates.length]!;
        return {
          id: `bench-${n}`,
          slug: `bench-${n}`,
          title: `${a.title} (${n})`,
          dek: b.dek,
          body: "",
          bodyHtml: `${a.bodyHtml}${b.bodyHtml.split("</p>").slice(2, 4).join("</p>")}`,
          teaserHtml: a.teaserHtml,
          access: ["FREE", "REGISTERED", "SUBSCRIBER"][n % 3]!,
          publishedAt: new Date(Date.UTC(2020, 0, 1) + n * 3_600_000),
        };
      });
      await client.query(
        `INSERT INTO "Article" (id, slug, title, dek, body, "bodyHtml", "teaserHtml", access, "sectionId", topics, status, "publishedAt", "updatedAt")
         SELECT r.id, r.slug, r.title, r.dek, r.body, r."bodyHtml", r."teaserHtml", r.access::"AccessLevel", 'bench', '{}', 'PUBLISHED', r."publishedAt", now()
         FROM json_to_recordset($1::json) AS r(id text, slug text, title text, dek text, body text, "bodyHtml" text, "teaserHtml" text, access text, "publishedAt" timestamp)`,
        [JSON.stringify(rows)],
      );
    }
    await client.query(`ANALYZE "Article"`);
    return url.href;
  } finally {
    await client.end();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The child process: one measurement, printed as a JSON line on stdout. */
async function measure(args: string[]): Promise<void> {
  const corpusArg = args.indexOf("--corpus");
  const corpusSize = corpusArg >= 0 ? Number(args[corpusArg + 1]) : 0;
  if (corpusSize > 0) process.env.DATABASE_URL = await fillCorpus(process.env.DATABASE_URL!, corpusSize);
  // Imported after DATABASE_URL is final: the app's database client reads it once.
  const { ANONYMOUS } = await import("../lib/entitlements");
  const { search } = await import("../lib/search/search");
  const { parseSearchRequest } = await import("../lib/search/search-request");
  const { db } = await import("../lib/db");
  const subscriber: Viewer = {
    kind: "user",
    userId: "bench",
    role: "READER",
    subscriptions: [
      { status: "active", currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000), cancelAtPeriodEnd: false, pastDueSince: null },
    ],
  };
  const policy = { now: new Date(), pastDueGraceDays: 7 };
  const run = (i: number) => search(parseSearchRequest({ q: QUERIES[i % QUERIES.length]! }), i % 2 ? subscriber : ANONYMOUS, policy, "UTC");
  for (let i = 0; i < 20; i++) await run(i); // warm up
  const times: number[] = [];
  let results = 0;
  const { databaseProcesses, totalCpuMs } = await import("./bench/cpu-time");
  const processes = databaseProcesses(args[args.indexOf("--measure") + 1]!);
  const database = () => totalCpuMs(processes);
  const [appBefore, databaseBefore] = [process.cpuUsage(), database()];
  for (let i = 0; i < 100; i++) {
    const start = performance.now();
    results += (await run(i)).total;
    times.push(performance.now() - start);
  }
  const app = process.cpuUsage(appBefore);
  const databaseCpuMs = (database() - databaseBefore) / 100;
  const articles = await db.article.count();
  await db.$disconnect();
  const row = {
    articles,
    medianMs: percentile(times, 50),
    p99Ms: percentile(times, 99),
    averageResults: Math.round(results / 100),
    appCpuMs: (app.user + app.system) / 1000 / 100,
    databaseCpuMs,
  };
  console.log(JSON.stringify(row));
}

if (process.argv.includes("--measure")) await measure(process.argv.slice(2));
