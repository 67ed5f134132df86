import "server-only";
import { db } from "@/lib/db";
import { contentGeneration } from "./published-cache";
import { visibleArticleSql, visibleEpisodeSql } from "./visibility";

// How many articles or episodes readers can see: "Page N of M" on /articles and the number of
// files in the sitemap index. Counting reads a whole index, tens of milliseconds at 100,000s
// of articles, on every request; yet both uses only need the count roughly fresh, so it is kept
// until this process hears a content-change notice (lib/content/published-cache.ts) and for a
// minute at most: without notices (page cache off, listener lost) and for an article that goes
// live by time alone, nothing else says it changed. Unlike the published rows, a minute-old
// count shows nothing a reader may no longer see. Zero is not kept: the first article is listed
// at once, and counting nothing costs nothing.

const KEEP_MS = 60_000;

const TABLES = {
  articles: { table: `"Article"`, visible: visibleArticleSql("t") },
  episodes: { table: `"PodcastEpisode"`, visible: visibleEpisodeSql("t") },
} as const;
export type CountedKind = keyof typeof TABLES;

const kept = new Map<CountedKind, { count: number; generation: number; until: number }>();

export async function countVisible(kind: CountedKind, now = Date.now()): Promise<number> {
  const generation = contentGeneration();
  const memo = kept.get(kind);
  if (memo && memo.generation === generation && memo.until > now) return memo.count;
  const { table, visible } = TABLES[kind];
  const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${table} t WHERE ${visible}`);
  // Kept under the count of notices from before the read: one during it makes the memo stale at once.
  if (row!.n > 0) kept.set(kind, { count: row!.n, generation, until: now + KEEP_MS });
  return row!.n;
}
