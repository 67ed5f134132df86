import PgBoss from "pg-boss";
import { JOB_SCHEMA, QUEUES } from "./queues";

/** pg-boss with its schema migrated and every queue created; run by `npm start` and the worker. */
export async function startJobBoss(connectionString: string, options: { schedule?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    schedule: options.schedule ?? false,
    supervise: options.schedule ?? false,
    // Supervision is what retries a job whose worker died (its time limit passed while "active").
    // pg-boss's default of every two minutes left a killed worker's job waiting that much longer.
    maintenanceIntervalSeconds: 15,
  });
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  for (const [name, policy] of Object.entries(QUEUES)) {
    const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = policy;
    const options = { name, retryLimit, retryDelay, retryBackoff, expireInSeconds, policy: policy.policy ?? "standard" };
    await boss.createQueue(name, options);
    // createQueue leaves an existing queue alone: bring its policy up to date.
    await boss.updateQueue(name, options);
  }
  return boss;
}

/** Creates the job schema and queues, then lets go (before the app may enqueue anything). */
export async function ensureJobQueues(connectionString: string): Promise<void> {
  const boss = await startJobBoss(connectionString);
  await boss.stop({ graceful: false, wait: true, timeout: 1_000 });
}
