// The background worker: `npm run worker` (started for you by `npm start`). Runs every queue in
// lib/jobs/queues.ts and its schedules from pg-boss in DATABASE_URL. Start as many as you like.
import { getEnv } from "../lib/env";
import { runJob } from "../lib/jobs/handlers";
import { QUEUES, SCHEDULES, type JobName } from "../lib/jobs/queues";
import { startJobBoss } from "../lib/jobs/setup";

const url = getEnv().DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");

const boss = await startJobBoss(url, { schedule: true });

for (const [name, policy] of Object.entries(QUEUES) as Array<[JobName, (typeof QUEUES)[JobName]]>) {
  // Each work() call is one polling loop taking one job at a time; several loops give concurrency.
  for (let i = 0; i < policy.concurrency; i++) {
    await boss.work(name, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      try {
        await runJob(name, job as never);
      } catch (error) {
        console.error(`[worker] ${name} ${job.id} failed (attempt ${job.retryCount + 1} of ${job.retryLimit + 1}):`, error);
        throw error;
      }
    });
  }
}
for (const schedule of SCHEDULES) {
  await boss.schedule(schedule.name, schedule.cron, {}, { tz: schedule.timeZone });
}
console.log(`[worker] running ${Object.keys(QUEUES).join(", ")}`);

// Finish the job in hand (up to 5 s), then close the pool before the database goes away. If
// pg-boss does not settle in time, exit anyway: a worker must never outlive its launcher.
function stop(): void {
  setTimeout(() => process.exit(0), 8_000);
  void boss.stop({ graceful: true, wait: true, timeout: 5_000 }).finally(() => process.exit(0));
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
