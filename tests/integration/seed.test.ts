import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db";
import { setUpPublication } from "../../prisma/seed/set-up-publication";
import { createScratchDatabase, type ScratchDatabase } from "./support/scratch-database";

// The start script's seeding step, run as the start script runs it, against databases of its own.

const root = path.resolve(import.meta.dirname, "../..");
let scratch: ScratchDatabase | undefined;
afterEach(async () => {
  await scratch?.drop();
  scratch = undefined;
});

async function startUpSeeding(databaseUrl: string, args: string[] = ["--demo"], keepDataDir?: string): Promise<string> {
  const dataDir = keepDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-seed-"));
  try {
    const { stdout } = await promisify(execFile)(
      "node",
      ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "prisma/seed/index.ts", ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, DISPATCH_DATA_DIR: dataDir, PUBLICATION_NAME: "The Test Gazette" } },
    );
    return stdout;
  } finally {
    if (!keepDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function snapshot(client: ScratchDatabase["client"]) {
  const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
  return {
    plans: await count("Plan"),
    sections: await count("Section"),
    authors: await count("Author"),
    articles: (await client.query(`SELECT slug, title FROM "Article" ORDER BY slug`)).rows,
    episodes: await count("PodcastEpisode"),
    segments: await count("TranscriptSegment"),
  };
}

// Each start-up is a process that migrates and seeds (encoding the demo's MP3s): tens of seconds
// apiece on a loaded machine, and some tests start up twice.
const STARTS = { timeout: 180_000 };

describe("start-up seeding", STARTS, () => {
  it("seeds the demo on the embedded database's first start, and never again: edits and deletions stay", async () => {
    scratch = await createScratchDatabase();
    await startUpSeeding(scratch.url);
    const seeded = await snapshot(scratch.client);
    expect(seeded).toMatchObject({ plans: 2, sections: 6, authors: 3, episodes: 4 });
    expect(seeded.articles.length).toBeGreaterThanOrEqual(12);

    const [edited, deleted] = seeded.articles;
    await scratch.client.query(`UPDATE "Article" SET title = 'Edited by an editor' WHERE slug = $1`, [edited.slug]);
    await scratch.client.query(`DELETE FROM "Article" WHERE slug = $1`, [deleted.slug]);
    await scratch.client.query(`DELETE FROM "PodcastEpisode" WHERE number = 1`);
    const afterEditing = await snapshot(scratch.client);
    // The plans (the catalogue) are ensured on every start, unlike the demo.
    await scratch.client.query(`DELETE FROM "Plan" WHERE slug = 'yearly'`);

    await startUpSeeding(scratch.url);
    expect(await snapshot(scratch.client)).toEqual(afterEditing);
    const articles = (await snapshot(scratch.client)).articles;
    expect(articles.find((a) => a.slug === edited.slug)?.title).toBe("Edited by an editor");
    expect(articles.some((a) => a.slug === deleted.slug)).toBe(false);
  });

  it("never seeds the demo into a database given by DATABASE_URL, but ensures the plans and settings", async () => {
    scratch = await createScratchDatabase();
    await startUpSeeding(scratch.url, []);
    expect(await snapshot(scratch.client)).toMatchObject({ plans: 2, sections: 0, authors: 0, articles: [], episodes: 0 });
    const { rows } = await scratch.client.query(`SELECT name, "timeZone", "demoSeededAt" FROM "PublicationSettings"`);
    expect(rows).toEqual([{ name: "The Test Gazette", timeZone: "America/New_York", demoSeededAt: null }]);
  });

  it("does not seed a database that already has content, even on its first start", async () => {
    scratch = await createScratchDatabase();
    await scratch.client.query(`INSERT INTO "Author" (id, slug, name, location, bio) VALUES ('a1', 'own', 'Own Writer', 'Lima', '')`);
    await startUpSeeding(scratch.url);
    expect(await snapshot(scratch.client)).toMatchObject({ plans: 2, sections: 0, authors: 1, articles: [], episodes: 0 });
  });

  it("seeds once when two starts race", async () => {
    scratch = await createScratchDatabase();
    const clients = [createDbClient(scratch.url), createDbClient(scratch.url)];
    try {
      const outcomes = await Promise.all(clients.map((db) => setUpPublication(db, { name: "Racing", demo: true })));
      expect(outcomes.sort()).toEqual(["already-set-up", "created-with-demo"]);
      expect(await snapshot(scratch.client)).toMatchObject({ sections: 6, authors: 3, episodes: 4 });
    } finally {
      await Promise.all(clients.map((db) => db.$disconnect()));
    }
  });
});

describe("the demo publication", STARTS, () => {
  it("covers every section and access level, with long transcripts and playable audio", async () => {
    scratch = await createScratchDatabase();
    await startUpSeeding(scratch.url);
    const q = async (sql: string) => (await scratch!.client.query(sql)).rows;
    expect(
      await q(
        `SELECT s.slug, count(a.id)::int > 0 AS used FROM "Section" s LEFT JOIN "Article" a ON a."sectionId" = s.id GROUP BY s.slug, s.position ORDER BY s.position`,
      ),
    ).toEqual(
      ["africa", "southeast-asia", "latin-america", "middle-east", "central-asia", "south-asia"].map((slug) => ({ slug, used: true })),
    );
    expect(await q(`SELECT DISTINCT access::text FROM "Article" ORDER BY 1`)).toEqual([
      { access: "FREE" },
      { access: "REGISTERED" },
      { access: "SUBSCRIBER" },
    ]);
    expect(await q(`SELECT interval::text, amount, currency FROM "Plan" ORDER BY amount`)).toEqual([
      { interval: "month", amount: 1000, currency: "usd" },
      { interval: "year", amount: 10000, currency: "usd" },
    ]);
    const transcripts = await q(
      `SELECT e."audioBytes", count(s.id)::int AS segments FROM "PodcastEpisode" e JOIN "Transcript" t ON t."episodeId" = e.id JOIN "TranscriptSegment" s ON s."transcriptId" = t.id GROUP BY e.id`,
    );
    expect(transcripts).toHaveLength(4);
    for (const t of transcripts) expect(t.segments).toBeGreaterThanOrEqual(40);
    expect(await q(`SELECT name, tagline, "demoSeededAt" IS NOT NULL AS seeded FROM "PublicationSettings"`)).toEqual([
      { name: "The Test Gazette", tagline: "China and the Global South", seeded: true },
    ]);
  });
});

describe("the demo podcast's media", STARTS, () => {
  it("is MP3 whose stored size is the episode's audioBytes, with cover art; WAV from older seeds is re-encoded on start", async () => {
    scratch = await createScratchDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-media-"));
    try {
      await startUpSeeding(scratch.url, ["--demo"], dataDir);
      const objects = path.join(dataDir, "objects");
      const episodes = async () =>
        (await scratch!.client.query(`SELECT number, "audioUrl", "audioBytes", "durationSeconds" FROM "PodcastEpisode" ORDER BY number`))
          .rows;
      for (const episode of await episodes()) {
        expect(episode.audioUrl).toBe(`/media/podcasts/episode-${episode.number}.mp3`);
        const file = fs.readFileSync(path.join(objects, `podcasts/episode-${episode.number}.mp3`));
        expect(file.length).toBe(episode.audioBytes);
        // MPEG-2 layer III frames of 72 bytes at 16 kbit/s: the length says the duration.
        expect(file.subarray(0, 2).toString("hex")).toBe("fff3");
        expect(Math.abs((file.length / 72) * 0.036 - episode.durationSeconds)).toBeLessThan(0.1);
      }
      expect(fs.readFileSync(path.join(objects, "podcasts/cover.png")).subarray(1, 4).toString()).toBe("PNG");

      // A database seeded before MP3: its episode points at a WAV file.
      await scratch.client.query(
        `UPDATE "PodcastEpisode" SET "audioUrl" = '/media/podcasts/episode-2.wav', "audioBytes" = 4 WHERE number = 2`,
      );
      fs.renameSync(path.join(objects, "podcasts/episode-2.mp3"), path.join(objects, "podcasts/episode-2.wav"));
      const log = await startUpSeeding(scratch.url, ["--demo"], dataDir);
      expect(log).toContain("re-encoded demo episode 2 as MP3");
      const second = (await episodes()).find((e) => e.number === 2);
      expect(second.audioUrl).toBe("/media/podcasts/episode-2.mp3");
      expect(fs.statSync(path.join(objects, "podcasts/episode-2.mp3")).size).toBe(second.audioBytes);
      expect(fs.existsSync(path.join(objects, "podcasts/episode-2.wav"))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
