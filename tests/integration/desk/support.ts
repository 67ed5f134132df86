import crypto from "node:crypto";
import pg from "pg";
import { CONTENT_CHANNEL } from "@/lib/content/content-channel";
import { db } from "@/lib/db";
import type { ArticleFields } from "@/lib/desk/articles/revision-fields";
import { saveArticle, type SaveOutcome, type SaveRequest } from "@/lib/desk/articles/save-article";
import { getEnv } from "@/lib/env";

// Staff, sections and authors for the desk's tests, each unique to its test (the database is
// shared by every test file of the run).

export const unique = (label: string) => `${label}-${crypto.randomBytes(4).toString("hex")}`;

export const newEditor = (name = "Amina Yusuf") =>
  db.user.create({ data: { email: `${unique("editor")}@example.org`, name, role: "EDITOR" } });

export async function newDesk() {
  const section = await db.section.create({ data: { slug: unique("section"), label: "Africa", position: 1 } });
  const author = await db.author.create({ data: { slug: unique("author"), name: "Li Wei", location: "Nairobi", bio: "Writes." } });
  return { section, author };
}

export function articleFields(desk: Awaited<ReturnType<typeof newDesk>>, change: Partial<ArticleFields> = {}): ArticleFields {
  return {
    title: unique("Ports and promises"),
    dek: "A public standfirst.",
    slug: "",
    body: "First paragraph, public.\n\nSecond paragraph, public.\n\nThird paragraph, for subscribers.",
    access: "SUBSCRIBER",
    sectionId: desk.section.id,
    topics: ["ports"],
    featured: false,
    authorIds: [desk.author.id],
    heroImageId: null,
    heroImageAlt: "",
    ...change,
  };
}

/** Saves and insists it was saved; returns the saved article. */
export async function saved(editorId: string, request: SaveRequest) {
  const outcome = await saveArticle(editorId, request);
  if (outcome.kind !== "saved") throw new Error(`not saved: ${JSON.stringify(outcome)}`);
  return outcome.article;
}

export const newArticleId = () => crypto.randomUUID();

export function expectOutcome<K extends SaveOutcome["kind"]>(outcome: SaveOutcome, kind: K): Extract<SaveOutcome, { kind: K }> {
  if (outcome.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(outcome)}`);
  return outcome as Extract<SaveOutcome, { kind: K }>;
}

/** Collects content-change notifications as another app instance would receive them. */
export async function listenForContentChanges() {
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  const received: Array<{ kind: string; id?: string }> = [];
  client.on("notification", (message) => received.push(JSON.parse(message.payload ?? "{}")));
  await client.query(`LISTEN ${CONTENT_CHANNEL}`);
  return {
    received,
    /** Notifications arrive asynchronously: a round trip on the same connection flushes them. */
    async flush() {
      await client.query("SELECT 1");
      return received;
    },
    close: () => client.end(),
  };
}

// Records the episode desk tests start from, written straight to the test database.

export async function createEditor() {
  return db.user.create({ data: { email: `editor-${crypto.randomUUID()}@example.org`, role: "EDITOR" } });
}

export async function createEpisode(data: { audio?: boolean; durationSeconds?: number } = {}) {
  // Unique across the test files sharing the database (the demo's episodes are 1 to 4).
  const number = crypto.randomInt(10_000, 2_000_000_000);
  return db.podcastEpisode.create({
    data: {
      number,
      slug: `episode-${number}-${crypto.randomUUID().slice(0, 8)}`,
      title: `Episode ${number}`,
      summary: "A test episode.",
      ...(data.audio === false ? {} : { audioUrl: `/media/podcasts/fixture-${number}.mp3`, audioType: "audio/mpeg", audioBytes: 1000 }),
      durationSeconds: data.durationSeconds ?? 600,
    },
  });
}

export async function segmentsOf(episodeId: string) {
  return db.transcriptSegment.findMany({
    where: { transcript: { episodeId } },
    orderBy: { position: "asc" },
    select: { startMs: true, endMs: true, speaker: true, text: true },
  });
}

export async function auditActions(subject: string): Promise<string[]> {
  const rows = await db.auditLog.findMany({ where: { subject }, orderBy: { createdAt: "asc" }, select: { action: true } });
  return rows.map((row) => row.action);
}
