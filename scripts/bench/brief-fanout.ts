// Daily Brief fan-out benchmark: 20,000 readers, one brief, released and sent through the real
// sender to a local SMTP sink over real SMTP, configured as the product is (SMTP_URL,
// SMTP_MAX_CONNECTIONS) and run as a worker runs it (two `briefs.send` jobs side by side). Prints
// throughput and the sender's peak memory with the machine's core count and load, CPU time per
// message of the sender, the sink and PostgreSQL, and how the SMTP connections spent their time;
// `npm run bench brief` runs it and judges the target. Its own embedded PostgreSQL and data
// folder (deleted afterwards). Run alone:
//   node --import tsx --import ./scripts/lib/server-only-hook.mjs scripts/bench/brief-fanout.ts [readers] [workers] [connections]
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { postmasterPid, processTreeCpuMs } from "./brief-cpu";
import { migrateDatabase } from "../lib/migrate";

const READERS = Number(process.argv[2] ?? 20_000);
/** Worker processes sending at once: `npm start` runs one; the product runs as many as you start. */
const WORKERS = Number(process.argv[3] ?? 1);
/** SMTP_MAX_CONNECTIONS per worker, as the README recommends for the brief (the app's default is 5). */
const SMTP_CONNECTIONS = Number(process.argv[4] ?? 10);
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-bench-brief-"));
fs.chmodSync(dataDir, 0o755);
const database = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, "postgres"),
  port: 54389 + Number(process.env.TEST_PORT_OFFSET ?? 0),
});
const sink = spawn("node", ["--import", "tsx", "scripts/bench/smtp-sink-process.ts"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
// Lines from the sink, kept until asked for (it may print its port before we listen).
const lines: string[] = [];
const waiting: Array<(line: string) => void> = [];
readline.createInterface({ input: sink.stdout! }).on("line", (line) => (waiting.length ? waiting.shift()!(line) : lines.push(line)));
const nextLine = () => new Promise<string>((resolve) => (lines.length ? resolve(lines.shift()!) : waiting.push(resolve)));
interface SinkTotals {
  accepted: number;
  bytes: number;
  busyMs: number;
  idleMs: number;
  cpuMs: number;
}
interface WorkerReport {
  sent: number;
  cpuMs: number;
  peakRss: number;
}
/** A worker process (scripts/bench/brief-sender-process.ts) that has loaded and waits for "go". */
async function startWorker(runs: number): Promise<{ go(): void; done: Promise<WorkerReport> }> {
  const child = spawn(
    "node",
    ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "scripts/bench/brief-sender-process.ts", String(runs)],
    { cwd: root, env: process.env, stdio: ["pipe", "pipe", "inherit"] },
  );
  const output = readline.createInterface({ input: child.stdout! });
  const ready = new Promise<void>((resolve) => output.once("line", () => resolve()));
  const done = new Promise<WorkerReport>((resolve, reject) => {
    output.on("line", (line) => line.startsWith("{") && resolve(JSON.parse(line) as WorkerReport));
    child.once("exit", (code) => reject(new Error(`a worker exited with ${code} before reporting`)));
  });
  done.catch(() => {});
  await ready;
  return { go: () => child.stdin!.write("go\n"), done };
}
const sinkTotals = async (): Promise<SinkTotals> => {
  sink.stdin!.write("totals\n");
  return JSON.parse(await nextLine()) as SinkTotals;
};

try {
  await migrateDatabase(root, database.url);
  const port = Number((await nextLine()).split(" ")[1]);
  // The app's modules read their configuration from the environment when first used.
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    DISPATCH_DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    SMTP_MAX_CONNECTIONS: String(SMTP_CONNECTIONS),
    MAIL_FROM: "Bench <bench@example.org>",
  });
  const { db } = await import("../../lib/db");
  const { runBriefTick } = await import("../../lib/briefs/tick");
  const { QUEUES } = await import("../../lib/jobs/queues");
  const runsPerWorker = QUEUES["briefs.send"].concurrency;

  const ids = Array.from({ length: READERS }, (_, i) => `bench${String(i).padStart(7, "0")}`);
  await db.$executeRaw`INSERT INTO "User" (id, email, "updatedAt") SELECT id, id || '@bench.example.org', now() FROM unnest(${ids}::text[]) AS id`;
  await db.$executeRaw`INSERT INTO "BriefPreference" ("userId", "updatedAt") SELECT id, now() FROM unnest(${ids}::text[]) AS id`;
  const plan = await db.plan.create({ data: { slug: "bench", name: "Monthly", interval: "month", amount: 800 } });
  await db.$executeRaw`
    INSERT INTO "Subscription" (id, "userId", "planId", status, "currentPeriodEnd", "stripeSubscriptionId", "stripeCustomerId", "updatedAt")
    SELECT 's' || id, id, ${plan.id}, 'active', now() + interval '30 days', 's' || id, 'c' || id, now() FROM unnest(${ids.filter((_, i) => i % 2 === 0)}::text[]) AS id`;
  const now = new Date();
  await db.brief.create({
    data: {
      date: new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`),
      intro: "Good morning. ".repeat(40),
      status: "SCHEDULED",
      sendAt: now,
      items: {
        create: Array.from({ length: 12 }, (_, position) => ({
          position,
          headline: `Story ${position + 1}: a headline of ordinary length about the day's news`,
          summary: "Two sentences of summary in the editors' words, about as long as a real one. ".repeat(2),
          url: `https://example.org/story-${position}`,
          sourceName: "Wire Service",
          language: "en",
        })),
      },
    },
  });

  const loadBefore = os.loadavg()[0]!;
  const startedAt = performance.now();
  await runBriefTick(now);
  const releasedAt = performance.now();
  // Loaded and connected to the database before the clock starts, as running workers are.
  const workers = await Promise.all(Array.from({ length: WORKERS }, () => startWorker(runsPerWorker)));
  const postgres = postmasterPid(path.join(dataDir, "postgres"));
  const postgresCpuBefore = postgres ? processTreeCpuMs(postgres) : 0;
  const sinkBefore = await sinkTotals();
  const sendingFrom = performance.now();
  for (const worker of workers) worker.go();
  const reports = await Promise.all(workers.map((worker) => worker.done));
  const doneAt = performance.now();
  const postgresCpuMs = postgres ? processTreeCpuMs(postgres) - postgresCpuBefore : undefined;
  const sinkAfter = await sinkTotals();
  const sinkDelta = (key: keyof SinkTotals) => sinkAfter[key] - sinkBefore[key];
  const sent = reports.reduce((sum, r) => sum + r.sent, 0);
  const senderCpuMs = reports.reduce((sum, r) => sum + r.cpuMs, 0);
  const seconds = (doneAt - sendingFrom) / 1000;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const perMessage = (total: number) => ms(total / Math.max(1, sent));
  console.log(`Daily Brief fan-out (${READERS.toLocaleString("en")} readers, half subscribers, to a local SMTP sink)`);
  console.log(
    `  machine: ${os.cpus().length} cores, load average ${loadBefore.toFixed(2)} before → ${os.loadavg()[0]!.toFixed(2)} after (shared machine)`,
  );
  console.log(
    `  senders: ${WORKERS} worker process${WORKERS === 1 ? "" : "es"} (npm run worker), each with ${runsPerWorker} briefs.send jobs side by side ` +
      `and its own pool of SMTP_MAX_CONNECTIONS=${SMTP_CONNECTIONS}`,
  );
  console.log(`  release (render 2 editions once + INSERT … SELECT of ${READERS} deliveries): ${(releasedAt - startedAt).toFixed(0)} ms`);
  console.log(
    `  sending: ${sent} sent, ${sinkDelta("accepted")} accepted by the sink in ${seconds.toFixed(1)} s = ${(sent / seconds).toFixed(0)} messages/s`,
  );
  console.log(`  sender's peak memory: ${mb(Math.max(...reports.map((r) => r.peakRss)))} RSS (the largest worker)`);
  // CPU time per message depends far less on the machine's other load than wall-clock throughput.
  console.log(
    `  CPU per message: sender ${perMessage(senderCpuMs)} (all workers), SMTP sink ${perMessage(sinkDelta("cpuMs"))}, ` +
      `PostgreSQL ${postgresCpuMs === undefined ? "n/a" : perMessage(postgresCpuMs)} (${(sinkDelta("bytes") / Math.max(1, sent) / 1024).toFixed(1)} KB per message)`,
  );
  // Per message on a connection, as the sink saw it: from MAIL FROM to accepting the message, and
  // from accepting it to that connection's next MAIL FROM (the sender had nothing ready).
  const busy = sinkDelta("busyMs");
  const idle = sinkDelta("idleMs");
  console.log(
    `  SMTP connections: ${perMessage(busy)} per message in a transaction, ${perMessage(idle)} idle before the next; ` +
      `busy ${((100 * busy) / Math.max(1, busy + idle)).toFixed(0)}% of the time`,
  );
  await db.$disconnect();
} finally {
  sink.kill();
  await database.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
