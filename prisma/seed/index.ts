// `npm run db:seed` — seeds the demo publication into DATABASE_URL (idempotent).
import { createDbClient } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { seedDemo } from "./seed-demo";

const url = getEnv().DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const db = createDbClient(url);
try {
  await seedDemo(db);
  console.log(`Demo content ready: ${await db.article.count()} articles, ${await db.podcastEpisode.count()} episodes.`);
} finally {
  await db.$disconnect();
}
