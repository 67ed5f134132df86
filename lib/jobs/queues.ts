import type { PublishDuePayload } from "@/lib/desk/articles/publish-due";
import type { EmailJob } from "@/lib/email/email-job";

// Every background job Dispatch runs, with its payload type and retry policy. The app only
// enqueues (lib/jobs/enqueue.ts); the worker (scripts/worker.ts) runs the handlers in
// lib/jobs/handlers.ts. pg-boss keeps the queue in PostgreSQL, so any number of app instances
// and workers share it, and a job enqueued inside a transaction exists only if it commits.

export interface JobPayloads {
  /** Sends one queued EmailMessage. */
  "email.send": EmailJob;
  /** After a magic-link sign-in: issue the reader's academic code if their address qualifies. */
  "discounts.after-sign-in": { userId: string };
  /** Daily: yearly re-confirmation of academic discounts. */
  "discounts.reconfirmation": Record<string, never>;
  /** At its scheduled time: publishes a scheduled article (if it is still scheduled for that time). */
  "content.publish-due": PublishDuePayload;
  /** Publishes the podcast episodes whose scheduled time has come (enqueued for that time; also every minute). */
  "episodes.publish-due": Record<string, never>;
  /** Every minute: release due Daily Briefs, queue readers' own 6 AM deliveries, wake the senders. */
  "briefs.tick": Record<string, never>;
  /** Sends due Daily Brief deliveries until none is left (lib/briefs/send-deliveries.ts). */
  "briefs.send": Record<string, never>;
  /** Nightly: compare the subscription mirror with Stripe and record differences (business view). */
  "business.reconcile": Record<string, never>;
}

export type JobName = keyof JobPayloads;

export interface QueuePolicy {
  /** Attempts after the first one. */
  retryLimit: number;
  /** Seconds before the first retry; doubled for each further one when `retryBackoff`. */
  retryDelay: number;
  retryBackoff: boolean;
  /** A job running longer than this is considered dead and retried. */
  expireInSeconds: number;
  /** How many jobs of this queue one worker runs at once. */
  concurrency: number;
  /** pg-boss's queue policy; "short" keeps at most one waiting job per singleton key. */
  policy?: "standard" | "short";
}

const DEFAULT_POLICY: QueuePolicy = { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60, concurrency: 2 };

export const QUEUES: Record<JobName, QueuePolicy> = {
  // Mail servers fail briefly: retry at 15 s, 30 s, 1 min, … for about two hours in all.
  "email.send": { ...DEFAULT_POLICY, retryLimit: 8, retryDelay: 15, expireInSeconds: 5 * 60, concurrency: 4 },
  "discounts.after-sign-in": DEFAULT_POLICY,
  "discounts.reconfirmation": { ...DEFAULT_POLICY, retryLimit: 3, retryDelay: 60, concurrency: 1 },
  // Readers wait for these: retry soon.
  "content.publish-due": { ...DEFAULT_POLICY, retryLimit: 10, retryDelay: 5, expireInSeconds: 60 },
  // Quick retries: a listener is waiting for the episode announced for this minute.
  "episodes.publish-due": { ...DEFAULT_POLICY, retryDelay: 5, expireInSeconds: 60, concurrency: 1 },
  // The next minute's tick repeats a failed one anyway; one waiting tick is enough.
  "briefs.tick": { ...DEFAULT_POLICY, retryLimit: 1, retryDelay: 10, expireInSeconds: 5 * 60, concurrency: 1, policy: "short" },
  // A sender stops claiming after a few minutes (its budget); the tick wakes another if work is left.
  "briefs.send": { ...DEFAULT_POLICY, retryLimit: 2, retryDelay: 10, expireInSeconds: 15 * 60, concurrency: 2, policy: "short" },
  "business.reconcile": { ...DEFAULT_POLICY, retryLimit: 3, retryDelay: 300, expireInSeconds: 60 * 60, concurrency: 1 },
};

export interface ScheduledJob {
  name: JobName;
  /** Cron expression, evaluated in `timeZone`. */
  cron: string;
  timeZone: string;
}

export const SCHEDULES: ScheduledJob[] = [
  { name: "discounts.reconfirmation", cron: "0 9 * * *", timeZone: "UTC" },
  // A backstop for the job enqueued at each scheduled time (say the worker's clock ran early).
  { name: "episodes.publish-due", cron: "* * * * *", timeZone: "UTC" },
  // Send times are computed per zone in lib/briefs/schedule.ts; the tick only needs to come often.
  { name: "briefs.tick", cron: "* * * * *", timeZone: "UTC" },
  // Before the morning: the dashboard shows last night's differences.
  { name: "business.reconcile", cron: "30 3 * * *", timeZone: "UTC" },
];

/** pg-boss keeps its tables in this schema, beside Prisma's. */
export const JOB_SCHEMA = "pgboss";
