import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getObject } from "@/lib/storage/object-storage";
import { seedDemo } from "../../prisma/seed/seed-demo";

afterAll(() => db.$disconnect());

describe("migrations", () => {
  it("apply from an empty database and are all recorded", async () => {
    const dirs = fs.readdirSync(path.resolve("prisma/migrations")).filter((d) => !d.endsWith(".toml"));
    const applied = await db.$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(applied.map((r) => r.migration_name).sort()).toEqual(dirs.sort());
    const tables = await db.$queryRaw<
      { table_name: string }[]
    >`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["User", "Plan", "Subscription", "Article", "PodcastEpisode", "Transcript", "TranscriptSegment", "Session"]),
    );
  });
});

describe("demo seed", () => {
  async function counts() {
    return {
      plans: await db.plan.count(),
      authors: await db.author.count(),
      articles: await db.article.count(),
      episodes: await db.podcastEpisode.count(),
      segments: await db.transcriptSegment.count(),
    };
  }

  it("creates the demo publication, and running it again changes nothing", async () => {
    await seedDemo(db);
    const first = await counts();
    expect(first.plans).toBe(2);
    expect(first.authors).toBe(3);
    expect(first.articles).toBeGreaterThanOrEqual(12);
    expect(first.episodes).toBe(4);

    await seedDemo(db);
    expect(await counts()).toEqual(first);
  });

  it("covers every region and access level, with long transcripts and playable audio", async () => {
    const regions = await db.article.groupBy({ by: ["region"], _count: true });
    expect(regions.map((r) => r.region)).toEqual(
      expect.arrayContaining(["AFRICA", "SOUTHEAST_ASIA", "LATIN_AMERICA", "MIDDLE_EAST", "CENTRAL_ASIA"]),
    );
    const levels = await db.article.groupBy({ by: ["access"], _count: true });
    expect(levels.map((l) => l.access).sort()).toEqual(["FREE", "REGISTERED", "SUBSCRIBER"]);
    const plans = await db.plan.findMany({ orderBy: { amount: "asc" } });
    expect(plans.map((p) => [p.interval, p.amount, p.currency])).toEqual([
      ["month", 1000, "usd"],
      ["year", 10000, "usd"],
    ]);

    const episodes = await db.podcastEpisode.findMany({ include: { transcript: { include: { _count: { select: { segments: true } } } } } });
    for (const episode of episodes) {
      expect(episode.transcript?._count.segments).toBeGreaterThanOrEqual(40);
      const audio = getObject(episode.audioUrl.replace(/^\/media\//, ""));
      expect(audio?.size).toBeGreaterThan(44);
    }
  });

  it("does not overwrite an editor's change when run again", async () => {
    const article = await db.article.findFirstOrThrow();
    await db.article.update({ where: { id: article.id }, data: { title: "Edited by an editor" } });
    await seedDemo(db);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).title).toBe("Edited by an editor");
  });
});
