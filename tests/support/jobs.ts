import type PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";
import { runJob } from "@/lib/jobs/handlers";
import { QUEUES, type JobName } from "@/lib/jobs/queues";
import { startJobBoss } from "@/lib/jobs/setup";

// Runs queued jobs in the test process through the worker's own handlers, so integration tests
// can say "and then the worker ran" without waiting for a polling worker.

let boss: PgBoss | undefined;

async function getBoss(): Promise<PgBoss> {
  boss ??= await startJobBoss(getEnv().DATABASE_URL!);
  return boss;
}

/** Runs every job that is due now, including jobs those jobs enqueue, until none is left. */
export async function runDueJobs(only?: JobName[]): Promise<number> {
  const b = await getBoss();
  const names = only ?? (Object.keys(QUEUES) as JobName[]);
  let ran = 0;
  for (;;) {
    let found = 0;
    for (const name of names) {
      const jobs = await b.fetch(name, { batchSize: 20, includeMetadata: true });
      for (const job of jobs ?? []) {
        found += 1;
        try {
          await runJob(name, job as never);
          await b.complete(name, job.id);
        } catch (error) {
          await b.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    ran += found;
    if (found === 0) return ran;
  }
}

export async function stopJobs(): Promise<void> {
  await boss?.stop({ graceful: false, wait: true, timeout: 1_000 });
  boss = undefined;
}
