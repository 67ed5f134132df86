import "server-only";
import { runAcademicReconfirmation } from "@/lib/discounts/reconfirmation";

// Recurring background work, run by the worker process (scripts/worker.ts) through pg-boss,
// the PostgreSQL job queue: any number of workers can share one database, and each run
// happens once. Handlers must be idempotent (a crashed run is retried).

export interface ScheduledJob {
  name: string;
  /** Cron expression, evaluated in `timeZone`. */
  cron: string;
  timeZone: string;
  run(): Promise<unknown>;
}

export const SCHEDULED_JOBS: ScheduledJob[] = [
  { name: "academic-reconfirmation", cron: "0 9 * * *", timeZone: "UTC", run: () => runAcademicReconfirmation() },
];
