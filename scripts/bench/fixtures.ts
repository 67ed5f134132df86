// Readers for the benchmark, made the way the app stores them: a free reader and a subscriber,
// each with a database session whose cookie the load generator sends; and the pages to load.
import crypto from "node:crypto";
import pg from "pg";
import { BENCH_PORTS } from "./stack";

export interface BenchFixtures {
  freeReader: Record<string, string>;
  subscriber: Record<string, string>;
  gatedArticle: string;
  episodeWithTranscript: string;
  searchTerm: string;
}

const databaseUrl = () => `postgresql://dispatch:dispatch@127.0.0.1:${BENCH_PORTS.postgres}/dispatch`;

async function createReader(db: pg.Client, subscribed: boolean): Promise<Record<string, string>> {
  const userId = crypto.randomUUID();
  const token = crypto.randomBytes(32).toString("hex");
  await db.query(`INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now())`, [
    userId,
    `bench-${userId}@example.org`,
  ]);
  await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
    crypto.randomUUID(),
    token,
    userId,
  ]);
  if (subscribed) {
    await db.query(
      `INSERT INTO "Subscription" (id, "userId", "planId", status, "currentPeriodEnd", "stripeSubscriptionId", "stripeCustomerId", "updatedAt")
       SELECT $1, $2, id, 'active', now() + interval '30 days', $3, 'cus_bench', now() FROM "Plan" WHERE slug = 'monthly'`,
      [crypto.randomUUID(), userId, `sub_bench_${userId}`],
    );
  }
  return { Cookie: `next-auth.session-token=${token}` };
}

export async function createFixtures(): Promise<BenchFixtures> {
  const db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  try {
    const article = await db.query(
      `SELECT slug FROM "Article" WHERE access = 'SUBSCRIBER' AND status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    const episode = await db.query(
      `SELECT e.slug FROM "PodcastEpisode" e JOIN "Transcript" t ON t."episodeId" = e.id
       WHERE e.status = 'PUBLISHED' AND t.access = 'SUBSCRIBER' ORDER BY e."publishedAt" DESC LIMIT 1`,
    );
    return {
      freeReader: await createReader(db, false),
      subscriber: await createReader(db, true),
      gatedArticle: article.rows[0].slug,
      episodeWithTranscript: episode.rows[0].slug,
      searchTerm: "ports",
    };
  } finally {
    await db.end();
  }
}
