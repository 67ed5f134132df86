import "server-only";
import type PgBoss from "pg-boss";
import { publishDueArticle } from "@/lib/desk/articles/publish-due";
import { reconcileWithStripe } from "@/lib/business/reconcile";
import { issueCodeIfQualified } from "@/lib/discounts/issue-if-qualified";
import { runAcademicReconfirmation } from "@/lib/discounts/reconfirmation";
import { publishDueEpisodes } from "@/lib/desk/episodes/episode-publication";
import { deliverQueuedEmail } from "@/lib/email/deliver";
import { sendDueDeliveries } from "@/lib/briefs/send-deliveries";
import { runBriefTick } from "@/lib/briefs/tick";
import type { JobName, JobPayloads } from "./queues";

// What each job does, run by the worker only. Handlers must be idempotent: a job whose worker
// died is run again, and a failed one is retried with back-off.

export interface JobContext {
  /** True on the last attempt pg-boss will make, so a handler can record a final failure. */
  isLastAttempt: boolean;
}

type Handlers = { [N in JobName]: (data: JobPayloads[N], context: JobContext) => Promise<unknown> };

export const JOB_HANDLERS: Handlers = {
  "email.send": (data, context) => deliverQueuedEmail(data.emailId, context),
  "discounts.after-sign-in": (data) => issueCodeIfQualified(data.userId),
  "discounts.reconfirmation": () => runAcademicReconfirmation(),
  "content.publish-due": (data) => publishDueArticle(data),
  "episodes.publish-due": () => publishDueEpisodes(),
  "briefs.tick": () => runBriefTick(new Date()),
  "briefs.send": () => sendDueDeliveries(),
  "business.reconcile": () => reconcileWithStripe(),
};

/** Runs one pg-boss job through its handler. */
export function runJob<N extends JobName>(name: N, job: PgBoss.JobWithMetadata<JobPayloads[N]>): Promise<unknown> {
  const handler = JOB_HANDLERS[name] as (data: JobPayloads[N], context: JobContext) => Promise<unknown>;
  return handler(job.data, { isLastAttempt: job.retryCount >= job.retryLimit });
}
