// The background worker: `npm run worker` (started for you by `npm start`). Runs the scheduled
// jobs in lib/jobs/schedules.ts from the pg-boss queue in DATABASE_URL.
import PgBoss from "pg-boss";
import { getEnv } from "../lib/env";
import { SCHEDULED_JOBS } from "../lib/jobs/schedules";

const url = getEnv().DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");

const boss = new PgBoss({ connectionString: url, schema: "pgboss" });
boss.on("error", (error) => console.error(`[worker] ${error.message}`));
await boss.start();

for (const job of SCHEDULED_JOBS) {
  await boss.createQueue(job.name);
  await boss.schedule(job.name, job.cron, {}, { tz: job.timeZone, retryLimit: 3, retryDelay: 60 });
  await boss.work(job.name, async () => {
    const result = await job.run();
    console.log(`[worker] ${job.name}: ${JSON.stringify(result)}`);
  });
}
console.log(`[worker] running ${SCHEDULED_JOBS.map((j) => j.name).join(", ")}`);

// Finish the job in hand (up to 5 s), then close the pool before the database goes away. If
// pg-boss does not settle in time, exit anyway: a worker must never outlive its launcher.
function stop(): void {
  setTimeout(() => process.exit(0), 8_000);
  void boss.stop({ graceful: true, wait: true, timeout: 5_000 }).finally(() => process.exit(0));
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
