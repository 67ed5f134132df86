import { afterAll, describe, expect, it } from "vitest";
import { getReadableArticle, listArticles, listReadableArticles } from "@/lib/content/articles";
import { db } from "@/lib/db";
import { publishDueArticle } from "@/lib/desk/articles/publish-due";
import { ANONYMOUS } from "@/lib/entitlements";
import { dateToZonedInput } from "@/lib/desk/articles/schedule-time";
import { getSettings } from "@/lib/settings/get-settings";
import { getAccessPolicy } from "@/lib/viewer";
import { runDueJobs, stopJobs } from "../../support/jobs";
import { sitemapUrls } from "../support/sitemap";
import { articleFields, newArticleId, newDesk, newEditor, saved } from "./support";

afterAll(async () => {
  await stopJobs();
  await db.$disconnect();
});

/** Everywhere a reader could find an article: its page, the lists, the feed and the sitemap. */
async function visibility(slug: string) {
  const [page, list, feed, map] = await Promise.all([
    getReadableArticle(slug, ANONYMOUS, getAccessPolicy()),
    listArticles({ pageSize: 1000 }),
    listReadableArticles(1000, ANONYMOUS, getAccessPolicy()),
    sitemapUrls(),
  ]);
  return {
    page: page !== null,
    list: list.items.some((a) => a.slug === slug),
    feed: feed.some((a) => a.slug === slug),
    sitemap: map.some((url) => url.endsWith(`/articles/${slug}`)),
  };
}
const nowhere = { page: false, list: false, feed: false, sitemap: false };
const everywhere = { page: true, list: true, feed: true, sitemap: true };

/** A time about `ms` ahead as an editor types it (to the second), in the publication's zone. */
async function typedTimeAhead(ms: number) {
  const { timeZone } = await getSettings();
  const at = new Date(Math.ceil((Date.now() + ms) / 1000) * 1000);
  return { at, typed: dateToZonedInput(at, timeZone) };
}

async function waitUntil(time: Date) {
  while (Date.now() <= time.getTime()) await new Promise((resolve) => setTimeout(resolve, Math.min(250, time.getTime() - Date.now() + 5)));
}

describe("a scheduled article", () => {
  it("is invisible everywhere until its time, then the job publishes it exactly then", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    // Far enough ahead that saving and the "before" checks finish first, even on a loaded machine.
    const { at, typed } = await typedTimeAhead(10_000);
    const article = await saved(editor.id, {
      articleId: id,
      baseVersion: 0,
      intent: "schedule",
      scheduledFor: typed,
      fields: articleFields(desk),
    });
    expect(article).toMatchObject({ status: "SCHEDULED", scheduledFor: at, publishedAt: null });
    expect(await visibility(article.slug)).toEqual(nowhere);

    // Before its time, the worker has nothing to run for it.
    await runDueJobs(["content.publish-due"]);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED" });
    expect(await visibility(article.slug)).toEqual(nowhere);
    expect(Date.now(), "the checks before its time ran before its time").toBeLessThan(at.getTime());

    await waitUntil(at);
    expect(await runDueJobs(["content.publish-due"])).toBeGreaterThanOrEqual(1);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PUBLISHED",
      publishedAt: at,
      scheduledFor: null,
      updatedById: null,
    });
    expect(await visibility(article.slug)).toEqual(everywhere);
    const audit = await db.auditLog.findMany({ where: { subject: `article:${id}` }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["article.schedule", "article.published-on-schedule"]);
  });

  it("is published once, however often its job runs", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const { at, typed } = await typedTimeAhead(60_000);
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "schedule", scheduledFor: typed, fields: articleFields(desk) });
    const job = { kind: "article" as const, id, scheduledFor: at.toISOString() };
    expect(await Promise.all([publishDueArticle(job), publishDueArticle(job)])).toEqual(expect.arrayContaining(["published"]));
    expect(await publishDueArticle(job)).toBe("not-due");
    expect(await db.auditLog.count({ where: { subject: `article:${id}`, action: "article.published-on-schedule" } })).toBe(1);
    // Run before its time (a worker's clock running fast), it is still invisible until then.
    expect((await visibility((await db.article.findUniqueOrThrow({ where: { id } })).slug)).page).toBe(false);
  });

  it("is not published by the job of a time it was moved from, nor after it was unscheduled", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const fields = articleFields(desk);
    const first = await typedTimeAhead(60_000);
    const second = await typedTimeAhead(3 * 60_000);
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "schedule", scheduledFor: first.typed, fields });
    await saved(editor.id, { articleId: id, baseVersion: 1, intent: "schedule", scheduledFor: second.typed, fields });
    expect(await publishDueArticle({ kind: "article", id, scheduledFor: first.at.toISOString() })).toBe("not-due");
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED", scheduledFor: second.at });

    await saved(editor.id, { articleId: id, baseVersion: 2, intent: "unschedule", fields });
    expect(await publishDueArticle({ kind: "article", id, scheduledFor: second.at.toISOString() })).toBe("not-due");
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", scheduledFor: null });
  });

  it("an editor who saved a version before the schedule published it is told so, and overwrites nothing", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const { at, typed } = await typedTimeAhead(60_000);
    const fields = articleFields(desk);
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "schedule", scheduledFor: typed, fields });
    await publishDueArticle({ kind: "article", id, scheduledFor: at.toISOString() });
    const { saveArticle } = await import("@/lib/desk/articles/save-article");
    const outcome = await saveArticle(editor.id, {
      articleId: id,
      baseVersion: 1,
      intent: "save",
      fields: { ...fields, title: "Late edit" },
    });
    expect(outcome).toMatchObject({ kind: "conflict", conflict: { changes: [] } });
    expect(outcome.kind === "conflict" && outcome.conflict.message).toMatch(/^The publishing schedule published this article/);
  });
});
