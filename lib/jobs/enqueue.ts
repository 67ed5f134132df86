import "server-only";
import PgBoss from "pg-boss";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { JOB_SCHEMA, QUEUES, type JobName, type JobPayloads } from "./queues";

/** The database a job is written through: the shared client, or the transaction of the change it follows. */
export type JobWriter = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

export interface EnqueueOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** While a job with this key is waiting, another with the same key is not added. */
  singletonKey?: string;
}

// pg-boss writes jobs with plain SQL; pointing it at Prisma lets a job join the caller's
// transaction, so it is enqueued if and only if the change it follows commits.
function sqlThrough(writer: JobWriter): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const params = values.map((v) =>
        v === undefined ? null : typeof v === "object" && v !== null && !(v instanceof Date) ? JSON.stringify(v) : v,
      );
      return { rows: await writer.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

// Never started: this instance only writes jobs. The worker runs them.
let boss: PgBoss | undefined;
function jobWriter(): PgBoss {
  boss ??= new PgBoss({ schema: JOB_SCHEMA, db: { executeSql: () => Promise.reject(new Error("pass a writer")) } });
  return boss;
}

/**
 * Adds a job. Pass the transaction (`tx`) of the change the job follows; outside a transaction
 * the shared client is used. Throws when the queue does not exist, so nothing is lost silently.
 */
export async function enqueue<N extends JobName>(
  name: N,
  data: JobPayloads[N],
  options: EnqueueOptions & { tx?: JobWriter } = {},
): Promise<string | null> {
  const { tx, startAfter, singletonKey } = options;
  const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = QUEUES[name];
  const id = await jobWriter().send(name, data as object, {
    db: sqlThrough(tx ?? db),
    retryLimit,
    retryDelay,
    retryBackoff,
    expireInSeconds,
    ...(startAfter ? { startAfter } : {}),
    ...(singletonKey ? { singletonKey } : {}),
  });
  if (!id && !singletonKey) throw new Error(`Job queue "${name}" does not exist: run the migrations (npm start does)`);
  return id;
}
