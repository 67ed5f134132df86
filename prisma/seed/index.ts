// Run by the start script on every start, and by `npm run db:seed`: ensures the plans, renders
// stored article HTML that is missing, stores the podcast's cover art and MP3s (ensure-podcast-media.ts), and on
// a database's first start creates the publication's settings, with the demo content when
// `--demo` is given (the embedded default) and the database has none. See set-up-publication.ts.
import { createDbClient } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ensurePlans } from "./ensure-plans";
import { ensurePodcastMedia } from "./ensure-podcast-media";
import { renderMissingArticleHtml } from "./render-stored-html";
import { setUpPublication } from "./set-up-publication";

const env = getEnv();
if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
const db = createDbClient(env.DATABASE_URL);
try {
  await ensurePlans(db);
  const outcome = await setUpPublication(db, { name: env.PUBLICATION_NAME, demo: process.argv.includes("--demo") });
  if (outcome === "created-with-demo") {
    console.log(`Demo publication seeded: ${await db.article.count()} articles, ${await db.podcastEpisode.count()} episodes.`);
  } else if (outcome === "created") {
    console.log("Publication settings created; no demo content (this database is not the embedded default, or has content).");
  }
  const rendered = await renderMissingArticleHtml(db);
  if (rendered > 0) console.log(`Rendered the stored HTML of ${rendered} articles.`);
  for (const step of await ensurePodcastMedia(db)) console.log(`Podcast media: ${step}.`);
} finally {
  await db.$disconnect();
}
