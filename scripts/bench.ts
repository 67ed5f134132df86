// `npm run bench` — starts the production stack on its own data folder and prints what readers
// on slow connections and cheap phones pay for: JavaScript and HTML bytes of a gated article,
// server latency for anonymous and subscribed readers, and search latency (scripts/bench-search.ts).
// Numbers, not pass/fail.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { benchSearch } from "./bench-search";

const PORT = 3200;
const base = `http://localhost:${PORT}`;
const dataDir = path.resolve(".data/bench");
const env = { ...process.env, PORT: String(PORT), EMBEDDED_PG_PORT: "54369", STRIPE_STANDIN_PORT: "12113", DISPATCH_DATA_DIR: dataDir };
const server = spawn("node", ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${base}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function latency(url: string, headers: Record<string, string>, runs = 150) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await (await fetch(url, { headers })).text();
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  await waitForServer();
  const db = new pg.Client({ connectionString: "postgresql://dispatch:dispatch@127.0.0.1:54369/dispatch" });
  await db.connect();
  const slug = (await db.query(`SELECT slug FROM "Article" WHERE access = 'SUBSCRIBER' ORDER BY "publishedAt" DESC LIMIT 1`)).rows[0]
    .slug as string;
  // A subscriber's session, created the way next-auth stores one.
  const userId = crypto.randomUUID();
  const token = crypto.randomBytes(32).toString("hex");
  await db.query(`INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now())`, [
    userId,
    `bench-${userId}@example.org`,
  ]);
  await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
    crypto.randomUUID(),
    token,
    userId,
  ]);
  await db.query(
    `INSERT INTO "Subscription" (id, "userId", "planId", status, "currentPeriodEnd", "stripeSubscriptionId", "stripeCustomerId", "updatedAt")
     SELECT $1, $2, id, 'active', now() + interval '30 days', $3, 'cus_bench', now() FROM "Plan" WHERE slug = 'monthly'`,
    [crypto.randomUUID(), userId, `sub_bench_${userId}`],
  );
  await db.end();
  const subscriber = { Cookie: `next-auth.session-token=${token}` };

  const articleUrl = `${base}/articles/${slug}`;
  const html = await (await fetch(articleUrl)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1]!, base).toString());
  let jsRaw = 0;
  let jsGzip = 0;
  const files: string[] = [];
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    jsRaw += body.length;
    jsGzip += zlib.gzipSync(body).length;
    files.push(`${path.basename(new URL(src).pathname)} ${kb(zlib.gzipSync(body).length)}`);
  }
  const subscriberHtml = await (await fetch(articleUrl, { headers: subscriber })).text();

  console.log(`Article page (${slug})`);
  console.log(`  first-load JavaScript: ${scripts.length} files, ${kb(jsRaw)} raw, ${kb(jsGzip)} gzipped`);
  console.log(`    ${files.join(", ")}`);
  console.log(
    `  HTML: anonymous ${kb(html.length)} (${kb(zlib.gzipSync(html).length)} gz), subscriber ${kb(subscriberHtml.length)} (${kb(zlib.gzipSync(subscriberHtml).length)} gz)`,
  );

  await latency(articleUrl, {}, 20); // warm up
  const anon = await latency(articleUrl, {});
  const sub = await latency(articleUrl, subscriber);
  const feed = await latency(`${base}/feed.xml`, {}, 50);
  console.log(`Server latency, 150 sequential requests on this machine`);
  console.log(`  article, anonymous:  p50 ${anon.p50.toFixed(1)} ms, p95 ${anon.p95.toFixed(1)} ms`);
  console.log(
    `  article, subscriber: p50 ${sub.p50.toFixed(1)} ms, p95 ${sub.p95.toFixed(1)} ms (ratio to anonymous ${(sub.p50 / anon.p50).toFixed(2)}×)`,
  );
  console.log(`  feed.xml (50 items): p50 ${feed.p50.toFixed(1)} ms, p95 ${feed.p95.toFixed(1)} ms`);
  await benchSearch("postgresql://dispatch:dispatch@127.0.0.1:54369/dispatch");
} finally {
  const stopped = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await stopped;
}
