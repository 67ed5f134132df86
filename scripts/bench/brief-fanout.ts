// Daily Brief fan-out benchmark: 20,000 readers, one brief, released and sent through the real
// sender to a local SMTP sink over real SMTP. Prints throughput and the sender's peak memory with
// the machine's core count and load; `npm run bench brief` runs it and judges the target. Its own
// embedded PostgreSQL and data folder (deleted afterwards). Run alone:
//   node --import tsx --import ./scripts/lib/server-only-hook.mjs scripts/bench/brief-fanout.ts [readers]
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrateDatabase } from "../lib/migrate";

const READERS = Number(process.argv[2] ?? 20_000);
/** Pooled connections to the sink: SMTP providers commonly allow 10 or more per sending host. */
const SMTP_CONNECTIONS = 10;
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

try {
  await migrateDatabase(root, database.url);
  const port = Number((await nextLine()).split(" ")[1]);
  // The app's modules read their configuration from the environment when first used.
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    DISPATCH_DATA_DIR: dataDir,
  });
  const { db } = await import("../../lib/db");
  const { runBriefTick } = await import("../../lib/briefs/tick");
  const { sendDueDeliveries } = await import("../../lib/briefs/send-deliveries");
  const { createMailer } = await import("../../lib/email/transport");

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

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const loadBefore = os.loadavg()[0]!;
  const startedAt = performance.now();
  await runBriefTick(now);
  const releasedAt = performance.now();
  const cpuBefore = process.cpuUsage();
  const mailer = createMailer({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: "Bench <bench@example.org>",
    maxConnections: SMTP_CONNECTIONS,
    outbox: dataDir,
  });
  // Two senders side by side, as one worker runs them (queue concurrency 2).
  const reports = await Promise.all([0, 1].map(() => sendDueDeliveries({ mailer, budgetMs: 60 * 60_000 })));
  const doneAt = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  mailer.close();
  sink.stdin!.write("count\n");
  const [, accepted, sinkCpuMs] = (await nextLine()).split(" ").map(Number) as [number, number, number];
  const sent = reports.reduce((sum, r) => sum + r.sent, 0);
  const seconds = (doneAt - releasedAt) / 1000;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`Daily Brief fan-out (${READERS.toLocaleString("en")} readers, half subscribers, to a local SMTP sink)`);
  console.log(
    `  machine: ${os.cpus().length} cores, load average ${loadBefore.toFixed(2)} before → ${os.loadavg()[0]!.toFixed(2)} after (shared machine)`,
  );
  console.log(`  release (render 2 editions once + INSERT … SELECT of ${READERS} deliveries): ${(releasedAt - startedAt).toFixed(0)} ms`);
  console.log(
    `  sending: ${sent} sent, ${accepted} accepted by the sink in ${seconds.toFixed(1)} s = ${(sent / seconds).toFixed(0)} messages/s`,
  );
  console.log(`  sender's peak memory: ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))} RSS`);
  // CPU time per message depends far less on the machine's other load than wall-clock throughput.
  const perMessage = (ms: number) => `${(ms / Math.max(1, sent)).toFixed(2)} ms`;
  console.log(
    `  CPU per message: sender ${perMessage((cpu.user + cpu.system) / 1000)}, SMTP sink ${perMessage(sinkCpuMs)} (${SMTP_CONNECTIONS} SMTP connections)`,
  );
  await db.$disconnect();
} finally {
  sink.kill();
  await database.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
