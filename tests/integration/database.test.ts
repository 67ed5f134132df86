import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyMigration, createScratchDatabase, type ScratchDatabase } from "./support/scratch-database";

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
      expect.arrayContaining([
        "User",
        "Plan",
        "Subscription",
        "Article",
        "PodcastEpisode",
        "Transcript",
        "TranscriptSegment",
        "Session",
        "Section",
        "PublicationSettings",
      ]),
    );
  });
});

describe("the sections migration", () => {
  const SECTIONS_MIGRATION = "20261126015520_sections_and_settings";
  let scratch: ScratchDatabase | undefined;
  afterEach(async () => {
    await scratch?.drop();
    scratch = undefined;
  });

  it("keeps every article, with its region as its section", async () => {
    scratch = await createScratchDatabase({ before: SECTIONS_MIGRATION });
    const regions = ["AFRICA", "SOUTHEAST_ASIA", "LATIN_AMERICA", "MIDDLE_EAST", "CENTRAL_ASIA", "SOUTH_ASIA"];
    for (const [i, region] of regions.entries()) {
      await scratch.client.query(
        `INSERT INTO "Article" (id, slug, title, dek, body, access, region, "updatedAt") VALUES ($1, $2, 't', 'd', 'b', 'FREE', $3::"Region", now())`,
        [`a${i}`, `article-${i}`, region],
      );
    }
    await applyMigration(scratch.client, SECTIONS_MIGRATION);

    const { rows: sections } = await scratch.client.query(`SELECT slug, label, position FROM "Section" ORDER BY position`);
    expect(sections).toEqual([
      { slug: "africa", label: "Africa", position: 1 },
      { slug: "southeast-asia", label: "Southeast Asia", position: 2 },
      { slug: "latin-america", label: "Latin America", position: 3 },
      { slug: "middle-east", label: "Middle East", position: 4 },
      { slug: "central-asia", label: "Central Asia", position: 5 },
      { slug: "south-asia", label: "South Asia", position: 6 },
    ]);
    const { rows: articles } = await scratch.client.query(
      `SELECT a.slug, s.slug AS section FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" ORDER BY a.slug`,
    );
    expect(articles).toEqual(regions.map((_, i) => ({ slug: `article-${i}`, section: sections[i].slug })));
  });

  it("creates no sections in a database without articles", async () => {
    scratch = await createScratchDatabase({ before: SECTIONS_MIGRATION });
    await applyMigration(scratch.client, SECTIONS_MIGRATION);
    expect((await scratch.client.query(`SELECT count(*)::int AS n FROM "Section"`)).rows).toEqual([{ n: 0 }]);
  });
});
