import type { Prisma, PrismaClient } from "@prisma/client";
import { settingsSchema } from "@/lib/settings/publication-settings";
import { publication } from "./content/publication";
import { seedDemoContent } from "./seed-demo";

export type SetUpOutcome = "already-set-up" | "created" | "created-with-demo";

async function hasContent(tx: Prisma.TransactionClient): Promise<boolean> {
  const counts = await Promise.all([tx.article.count(), tx.podcastEpisode.count(), tx.author.count(), tx.section.count()]);
  return counts.some((count) => count > 0);
}

/**
 * Run on every start. The first time (no settings row yet) it creates the publication's
 * settings, and with `demo` also seeds the demo content, but only into a database with no
 * content. The settings row marks the database as set up: whatever editors change or delete
 * afterwards, nothing is seeded again. Two starts racing each other set up once.
 */
export async function setUpPublication(db: PrismaClient, options: { name: string; demo: boolean }): Promise<SetUpOutcome> {
  const initial = settingsSchema.parse({ ...publication, name: options.name });
  return db.$transaction(
    async (tx) => {
      // Waits for a concurrent start's insert to commit or roll back, then knows which won.
      const { count } = await tx.publicationSettings.createMany({ data: [{ id: 1, ...initial }], skipDuplicates: true });
      if (count === 0) return "already-set-up";
      if (!options.demo || (await hasContent(tx))) return "created";
      await seedDemoContent(tx);
      await tx.publicationSettings.update({ where: { id: 1 }, data: { demoSeededAt: new Date() } });
      return "created-with-demo";
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
