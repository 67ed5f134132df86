import { db } from "@/lib/db";
import { articles } from "../../../prisma/seed/content/articles";
import { seedDemoContent } from "../../../prisma/seed/seed-demo";

// The demo publication's content in the run's shared database, for tests that read published
// content the way readers do (feeds, search). Seeded once per run, by whichever file asks first;
// other files create articles of their own, so the demo is recognised by its own first article,
// and a lock keeps two files from seeding it at once.
export async function ensureDemoContent(): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dispatch-test-demo-content'))`;
      if (await tx.article.findUnique({ where: { slug: articles[0]!.slug }, select: { id: true } })) return;
      await seedDemoContent(tx);
    },
    { timeout: 120_000 },
  );
}
