import { db } from "@/lib/db";
import { seedDemoContent } from "../../../prisma/seed/seed-demo";

// The demo publication's content in the run's shared database, for tests that read published
// content the way readers do (feeds, search). Seeded once per run, by whichever file asks first.
export async function ensureDemoContent(): Promise<void> {
  if ((await db.article.count()) > 0) return;
  await db.$transaction((tx) => seedDemoContent(tx), { timeout: 120_000 });
}
