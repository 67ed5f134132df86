import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getArchivedBrief, listArchive } from "@/lib/briefs/archive";
import { scheduleBrief, sendBriefNow } from "@/lib/briefs/brief-status";
import { openBrief, saveBrief } from "@/lib/briefs/compose-brief";
import { runBriefTick } from "@/lib/briefs/tick";
import { ANONYMOUS, toViewer } from "@/lib/entitlements";
import { createPick, listStream, movePick } from "@/lib/picks/picks";
import { pickInputSchema } from "@/lib/picks/pick-input";
import { stopJobs } from "../../support/jobs";
import { createReaders, resetBriefs } from "./support";

// The desk's side: picks in the stream, a brief composed from them, and the archive's paywall.

const policy = (now: Date) => ({ now, pastDueGraceDays: 7 });
let article: { id: string; slug: string };
let draftArticle: { id: string };

beforeAll(async () => {
  const section = await db.section.upsert({
    where: { slug: "brief-test" },
    create: { slug: "brief-test", label: "Test", position: 99 },
    update: {},
  });
  const make = (slug: string, status: "PUBLISHED" | "DRAFT") =>
    db.article.upsert({
      where: { slug },
      create: {
        slug,
        title: `Analysis ${slug}`,
        dek: `Standfirst of ${slug}`,
        body: "GATED-BODY-TEXT",
        bodyHtml: "<p>GATED-BODY-TEXT</p>",
        sectionId: section.id,
        access: "SUBSCRIBER",
        status,
        publishedAt: status === "PUBLISHED" ? new Date("2026-01-01T00:00:00Z") : null,
      },
      update: {},
    });
  article = await make("brief-test-published", "PUBLISHED");
  draftArticle = await make("brief-test-draft", "DRAFT");
});

beforeEach(resetBriefs);
afterAll(stopJobs);

const external = (headline: string) =>
  pickInputSchema.parse({
    headline,
    summary: `Summary of ${headline}.`,
    linkType: "external",
    url: "https://example.org/x",
    sourceName: "Wire",
    language: "en",
  });

async function pickAt(headline: string, createdAt: Date, editorId: string) {
  const result = await createPick(external(headline), editorId);
  if (!result.ok) throw new Error(result.error);
  await db.pick.update({ where: { id: result.id }, data: { createdAt } });
  return result.id;
}

describe("the stream", () => {
  it("shows picks newest first, lets editors move them, and hides picks of articles readers cannot see", async () => {
    const [editor] = await createReaders(1);
    const first = await pickAt("First", new Date(), editor!);
    const second = await pickAt("Second", new Date(), editor!);
    await createPick(
      pickInputSchema.parse({ headline: "Ours", summary: "Our take.", linkType: "article", articleId: article.id }),
      editor!,
    );
    await createPick(
      pickInputSchema.parse({ headline: "Not yet", summary: "Draft.", linkType: "article", articleId: draftArticle.id }),
      editor!,
    );
    expect((await listStream()).items.map((p) => p.headline)).toEqual(["Ours", "Second", "First"]);
    expect(await movePick(first, "up")).toBe(true);
    expect((await listStream()).items.map((p) => p.headline)).toEqual(["Ours", "First", "Second"]);
    expect(await movePick(second, "down")).toBe(false);
    expect(
      await createPick(pickInputSchema.parse({ headline: "x", summary: "y", linkType: "article", articleId: "nosuchid" }), editor!),
    ).toEqual({
      ok: false,
      error: "missing-article",
    });
  });
});

describe("composing a brief", () => {
  it("pre-fills the day's picks, keeps one brief per date, and applies edits and moves in one save", async () => {
    const [editor] = await createReaders(1);
    // Brief of 9 March (New York): picks since 06:00 on 8 March.
    await pickAt("Too old", new Date("2026-03-08T09:00:00Z"), editor!);
    await pickAt("Sunday evening", new Date("2026-03-08T23:00:00Z"), editor!);
    await pickAt("Monday early", new Date("2026-03-09T08:00:00Z"), editor!);
    const now = new Date("2026-03-09T08:30:00Z");
    const id = await openBrief("2026-03-09", now);
    expect(await openBrief("2026-03-09", now)).toBe(id);
    let brief = await db.brief.findUniqueOrThrow({ where: { id }, include: { items: { orderBy: { position: "asc" } } } });
    expect(brief.items.map((i) => i.headline)).toEqual(["Monday early", "Sunday evening"]);

    const text = (version: number, items = brief.items) => ({
      version,
      intro: "Good morning.",
      items: items.map((i) => ({ id: i.id, headline: `${i.headline}!`, summary: i.summary })),
    });
    expect(await saveBrief(id, text(1), { kind: "down", itemId: brief.items[0]!.id })).toEqual({ ok: true });
    expect(await saveBrief(id, text(1), { kind: "save" })).toEqual({ ok: false, error: "conflict" });
    // The page reloads with the new order and version, as after every save.
    brief = await db.brief.findUniqueOrThrow({ where: { id }, include: { items: { orderBy: { position: "asc" } } } });
    expect(await saveBrief(id, text(2), { kind: "add-article", articleId: article.id })).toEqual({ ok: true });
    brief = await db.brief.findUniqueOrThrow({ where: { id }, include: { items: { orderBy: { position: "asc" } } } });
    expect(brief.items.map((i) => i.headline)).toEqual(["Sunday evening!!", "Monday early!!", "Analysis brief-test-published"]);
    expect(brief.intro).toBe("Good morning.");

    expect(await scheduleBrief(id)).toEqual({ ok: true, sendAt: new Date("2026-03-09T10:00:00Z") });
    expect(await runBriefTick(new Date("2026-03-09T09:59:00Z"))).toMatchObject({ released: 0 });
    expect(await runBriefTick(new Date("2026-03-09T10:00:00Z"))).toMatchObject({ released: 1 });
    expect(await saveBrief(id, text(brief.version), { kind: "save" })).toEqual({ ok: false, error: "not-editable" });
  });

  it("sends a draft at once with send now", async () => {
    const id = await openBrief("2026-03-10", new Date("2026-03-09T12:00:00Z"));
    expect(await sendBriefNow(id)).toEqual({ ok: false, error: "empty" });
    await saveBrief(id, { version: 1, intro: "", items: [] }, { kind: "add-article", articleId: article.id });
    const now = new Date();
    expect(await sendBriefNow(id, now)).toMatchObject({ ok: true });
    expect(await runBriefTick(now)).toMatchObject({ released: 1 });
    expect(await sendBriefNow(id, now)).toEqual({ ok: false, error: "not-allowed" });
  });
});

describe("the archive", () => {
  it("shows headlines to everyone, the intro and summaries to subscribers only, and nothing before release", async () => {
    const [subscriber] = await createReaders(1, { subscribed: true });
    const id = await openBrief("2026-03-11", new Date("2026-03-10T12:00:00Z"));
    await saveBrief(id, { version: 1, intro: "INTRO-FOR-SUBSCRIBERS", items: [] }, { kind: "add-article", articleId: article.id });
    const released = new Date("2026-03-11T10:00:00Z");
    expect(await getArchivedBrief("2026-03-11", ANONYMOUS, policy(released))).toBeNull();
    await db.brief.update({ where: { id }, data: { status: "SCHEDULED", sendAt: released } });
    await runBriefTick(released);
    const after = policy(new Date(released.getTime() + 1000));

    const open = await getArchivedBrief("2026-03-11", ANONYMOUS, after);
    expect(open?.decision).toEqual({ allowed: false, reason: "subscribe" });
    expect(open?.intro).toBeUndefined();
    expect(open?.stories).toEqual([
      {
        headline: "Analysis brief-test-published",
        href: `/articles/${article.slug}`,
        sourceName: null,
        language: null,
        access: "SUBSCRIBER",
      },
    ]);
    expect(JSON.stringify(open)).not.toMatch(/INTRO-FOR-SUBSCRIBERS|Standfirst|GATED-BODY-TEXT/);

    const user = await db.user.findUniqueOrThrow({ where: { id: subscriber! }, include: { subscriptions: true } });
    const full = await getArchivedBrief("2026-03-11", toViewer(user), after);
    expect(full?.intro).toEqual(["INTRO-FOR-SUBSCRIBERS"]);
    expect(full?.stories[0]?.summary).toBe("Standfirst of brief-test-published");
    expect((await listArchive({ now: after.now })).items.map((b) => b.date)).toEqual(["2026-03-11"]);
  });
});
