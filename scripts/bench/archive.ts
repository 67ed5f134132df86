// `npm run bench archive`: the reading pages, feeds, search and sitemap on the demo content, then
// on the same publication with 100,000 generated articles and 1,000 episodes added, each loaded
// the same way in the same run. An archive page passes when its CPU time per request (the server's
// and PostgreSQL's, one request at a time) is within 1.5× of the demo's; the time per request
// under load (1 / req/s) is printed beside it, but on a shared, loaded machine it measures the
// neighbours as much as the page. The page cache is off, so every request renders and queries.
import path from "node:path";
import pg from "pg";
import { generateArchive, removeArchive } from "../lib/generate-archive";
import { cpuMsPerRequest, serverAndDatabase } from "./cpu-time";
import { measure, LOAD, type LoadResult } from "./measure";
import { BENCH_PORTS, findProcess, startProduct } from "./stack";

const ARTICLES = 100_000;
const EPISODES = 1_000;
const TARGET_RATIO = 1.5;
// Its own data folder, so the other sections keep measuring the demo content.
const DATA_DIR = path.resolve(import.meta.dirname, "../../.data/bench-archive");

interface Target {
  name: string;
  path: (content: { lastPage: number }) => string;
  /** A file whose size grows with the archive by design: printed, not judged. */
  informational?: string;
}

const TARGETS: Target[] = [
  { name: "home", path: () => "/" },
  { name: "/articles", path: () => "/articles" },
  // The deepest page the demo has, and page 4,000 of the archive.
  { name: "/articles, deep page", path: ({ lastPage }) => `/articles?page=${Math.min(lastPage, 4_000)}` },
  { name: "search", path: () => "/search?q=ports" },
  { name: "/feed.xml", path: () => "/feed.xml" },
  {
    name: "/podcasts/feed.xml",
    path: () => "/podcasts/feed.xml",
    informational: "lists the newest 500 episodes, the back catalogue podcast apps read, instead of the demo's few",
  },
  { name: "/sitemap.xml (index)", path: () => "/sitemap.xml" },
  {
    name: "/sitemap/articles-0.xml",
    path: () => "/sitemap/articles-0.xml",
    informational: "lists up to 50,000 URLs instead of the demo's handful",
  },
];

type Measured = LoadResult & { cpuMs: number };

async function measureAll(url: string, pid: number, db: pg.Client) {
  const visible = await db.query(`SELECT count(*)::int AS n FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now()`);
  const lastPage = Math.max(1, Math.ceil(visible.rows[0].n / 10));
  const processes = serverAndDatabase(pid, path.join(DATA_DIR, "postgres"));
  const results = new Map<string, Measured>();
  for (const target of TARGETS) {
    const address = `${url}${target.path({ lastPage })}`;
    const status = (await fetch(address)).status;
    if (status !== 200) throw new Error(`${address} answers ${status}`);
    const load = await measure(address, {}, pid);
    results.set(target.name, { ...load, cpuMs: await cpuMsPerRequest(address, processes) });
  }
  return { articles: visible.rows[0].n as number, results };
}

export async function benchArchive(): Promise<boolean> {
  console.log(
    `Each URL: ${LOAD.connections} connections, ${LOAD.warmUpSeconds} s warm-up, ${LOAD.durationSeconds} s measured; page cache off.\n`,
  );
  const product = await startProduct({ dataDir: DATA_DIR, env: { PAGE_CACHE_MAX_MB: "0" } });
  const pid = findProcess(product.process.pid!, "server.ts");
  if (!pid) throw new Error("the server process was not found");
  const db = new pg.Client({ connectionString: `postgresql://dispatch:dispatch@127.0.0.1:${BENCH_PORTS.postgres}/dispatch` });
  await db.connect();
  const exec = (sql: string) => db.query(sql);
  try {
    await removeArchive(exec); // a previous run's archive, if it was interrupted
    const demo = await measureAll(product.url, pid, db);
    const started = performance.now();
    await generateArchive(exec, { articles: ARTICLES, episodes: EPISODES });
    console.log(`Generated ${ARTICLES} articles and ${EPISODES} episodes in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const archive = await measureAll(product.url, pid, db);

    console.log(
      `${"".padEnd(28)} ${`demo (${demo.articles} articles)`.padStart(42)} ${`archive (${archive.articles})`.padStart(42)}  CPU ratio (time ratio)`,
    );
    let passed = true;
    for (const target of TARGETS) {
      const [a, b] = [demo.results.get(target.name)!, archive.results.get(target.name)!];
      const cpuRatio = b.cpuMs / a.cpuMs;
      const timeRatio = a.requestsPerSecond / b.requestsPerSecond;
      const show = (r: Measured) =>
        `${r.cpuMs.toFixed(1)} ms CPU, ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, ${r.peakRssMb.toFixed(0)} MB`;
      const clean = b.errors + b.non2xx === 0;
      const verdict = target.informational ? "INFO" : cpuRatio <= TARGET_RATIO && clean ? "PASS" : "FAIL";
      if (verdict === "FAIL") passed = false;
      console.log(
        `${verdict}  ${target.name.padEnd(24)} ${show(a).padStart(42)} ${show(b).padStart(42)}  ${cpuRatio.toFixed(2)}× (${timeRatio.toFixed(2)}×)${target.informational ? ` (${target.informational})` : ""}`,
      );
    }
    console.log(`\nTarget: archive CPU time per request (server + PostgreSQL) ≤ ${TARGET_RATIO}× the demo's, no errors.`);
    return passed;
  } finally {
    await removeArchive(exec).catch(() => undefined);
    await db.end();
    await product.stop();
  }
}
