import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit-log";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { enqueue } from "@/lib/jobs/enqueue";
import { lockEpisode } from "./episode-transcript";
import { planPublication, type PublicationIntent, type PublicationPlan } from "./publication-plan";

// Publish now, schedule, unpublish, unschedule. A scheduled episode is published by the job
// queue at its time (`episodes.publish-due`, enqueued in the same transaction as the schedule);
// until then lib/content/visibility.ts keeps it out of every page, feed and search.

export async function changeEpisodePublication(
  actorId: string,
  episodeId: string,
  intent: PublicationIntent,
  now = new Date(),
): Promise<PublicationPlan | { ok: false; field: "missing"; message: string }> {
  return db.$transaction(async (tx) => {
    // Locked, so two editors pressing Publish and Schedule at once are applied one after the other.
    if (!(await lockEpisode(tx, episodeId))) return { ok: false, field: "missing", message: "There is no such episode." } as const;
    const current = await tx.podcastEpisode.findUniqueOrThrow({
      where: { id: episodeId },
      select: { status: true, publishedAt: true, scheduledFor: true, audioUrl: true },
    });
    const plan = planPublication({ ...current, hasAudio: current.audioUrl !== "" }, intent, now);
    if (!plan.ok) return plan;
    await tx.podcastEpisode.update({ where: { id: episodeId }, data: plan.change });
    await recordAudit(tx, {
      actorId,
      action: `episode.${intent.kind}`,
      subject: `PodcastEpisode:${episodeId}`,
      before: {
        status: current.status,
        publishedAt: current.publishedAt?.toISOString() ?? null,
        scheduledFor: current.scheduledFor?.toISOString() ?? null,
      },
      after: {
        status: plan.change.status,
        publishedAt: plan.change.publishedAt?.toISOString() ?? null,
        scheduledFor: plan.change.scheduledFor?.toISOString() ?? null,
      },
    });
    if (plan.change.scheduledFor) await enqueue("episodes.publish-due", {}, { tx, startAfter: plan.change.scheduledFor });
    if (current.status === "PUBLISHED" || plan.change.status === "PUBLISHED")
      await notifyContentChanged(tx, { kind: "episode", id: episodeId });
    return plan;
  });
}

/**
 * The job: publishes every scheduled episode whose time has come, with that time as its
 * publication date. Each update is conditional on the episode still being scheduled for that
 * time, so running twice (or on two workers at once) publishes it once, and an episode
 * rescheduled or unscheduled meanwhile is left alone.
 */
export async function publishDueEpisodes(now = new Date()): Promise<number> {
  const due = await db.podcastEpisode.findMany({
    where: { status: "SCHEDULED", scheduledFor: { lte: now } },
    select: { id: true, scheduledFor: true },
  });
  let published = 0;
  for (const { id, scheduledFor } of due) {
    published += await db.$transaction(async (tx) => {
      const { count } = await tx.podcastEpisode.updateMany({
        where: { id, status: "SCHEDULED", scheduledFor },
        data: { status: "PUBLISHED", publishedAt: scheduledFor, scheduledFor: null },
      });
      if (count === 0) return 0;
      await recordAudit(tx, {
        actorId: null,
        action: "episode.publish-scheduled",
        subject: `PodcastEpisode:${id}`,
        before: { status: "SCHEDULED" },
        after: { status: "PUBLISHED", publishedAt: scheduledFor!.toISOString() },
      });
      await notifyContentChanged(tx, { kind: "episode", id });
      return 1;
    });
  }
  return published;
}
