import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { visibleEpisodeWhere } from "@/lib/content/visibility";
import { changeEpisodePublication, publishDueEpisodes } from "@/lib/desk/episodes/episode-publication";
import { runDueJobs, stopJobs } from "../../support/jobs";
import { auditActions, createEditor, createEpisode } from "./support";

afterAll(async () => {
  await stopJobs();
  await db.$disconnect();
});

const isVisible = async (id: string) => Boolean(await db.podcastEpisode.findFirst({ where: { id, ...visibleEpisodeWhere() } }));

describe("scheduling an episode", () => {
  it("keeps it invisible until its time, then the job publishes it dated at that time", async () => {
    const editor = await createEditor();
    const episode = await createEpisode();
    const at = new Date(Date.now() + 2_000);
    expect(await changeEpisodePublication(editor.id, episode.id, { kind: "schedule", at })).toMatchObject({ ok: true });

    await runDueJobs(["episodes.publish-due"]);
    expect(await isVisible(episode.id)).toBe(false);

    // The job was enqueued for `at`: it runs once that time has come, not before.
    await vi.waitFor(
      async () => {
        await runDueJobs(["episodes.publish-due"]);
        expect(await isVisible(episode.id)).toBe(true);
      },
      { timeout: 15_000, interval: 250 },
    );
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    const published = await db.podcastEpisode.findUniqueOrThrow({ where: { id: episode.id } });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedAt: at, scheduledFor: null });
    expect(await auditActions(`PodcastEpisode:${episode.id}`)).toEqual(["episode.schedule", "episode.publish-scheduled"]);
  });

  it("publishes each due episode once, however often or concurrently the job runs", async () => {
    const editor = await createEditor();
    const episode = await createEpisode();
    await changeEpisodePublication(editor.id, episode.id, { kind: "schedule", at: new Date(Date.now() + 60_000) });
    const later = new Date(Date.now() + 61_000);
    const counts = await Promise.all([publishDueEpisodes(later), publishDueEpisodes(later), publishDueEpisodes(later)]);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(1);
    expect(await auditActions(`PodcastEpisode:${episode.id}`)).toEqual(["episode.schedule", "episode.publish-scheduled"]);
    expect(await publishDueEpisodes(later)).toBe(0);
  });

  it("leaves an episode that was unscheduled or moved later alone when the old time comes", async () => {
    const editor = await createEditor();
    const [unscheduled, moved] = [await createEpisode(), await createEpisode()];
    const soon = new Date(Date.now() + 60_000);
    for (const episode of [unscheduled, moved]) await changeEpisodePublication(editor.id, episode.id, { kind: "schedule", at: soon });
    await changeEpisodePublication(editor.id, unscheduled.id, { kind: "unschedule" });
    await changeEpisodePublication(editor.id, moved.id, { kind: "schedule", at: new Date(Date.now() + 3_600_000) });
    await publishDueEpisodes(new Date(soon.getTime() + 1_000));
    expect(await db.podcastEpisode.findUniqueOrThrow({ where: { id: unscheduled.id } })).toMatchObject({ status: "DRAFT" });
    expect(await db.podcastEpisode.findUniqueOrThrow({ where: { id: moved.id } })).toMatchObject({ status: "SCHEDULED" });
  });

  it("refuses without audio, and unpublishing hides it at once", async () => {
    const editor = await createEditor();
    const silent = await createEpisode({ audio: false });
    expect(await changeEpisodePublication(editor.id, silent.id, { kind: "publish" })).toMatchObject({ ok: false, field: "audio" });
    const episode = await createEpisode();
    await changeEpisodePublication(editor.id, episode.id, { kind: "publish" });
    expect(await isVisible(episode.id)).toBe(true);
    await changeEpisodePublication(editor.id, episode.id, { kind: "unpublish" });
    expect(await isVisible(episode.id)).toBe(false);
  });
});
