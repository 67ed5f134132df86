import "server-only";
import { Prisma } from "@prisma/client";
import { keptAnswer } from "@/lib/cache/kept-answer";
import { db } from "@/lib/db";
import { visibleArticleSql } from "@/lib/content/visibility";

// Date windows that let a search of a large archive look at its newest articles first.
//
// A branch wants the newest CANDIDATES articles matching a query. Gathering every match and
// sorting them by date costs a row read per match (tens of thousands for a common word over a
// large archive), and walking the date index newest first, testing each row's vector, decompresses
// a body vector per row (and reads the whole table when a word is rare). Instead the archive is cut
// at the dates of its 5,000th and 25,000th newest articles: the newest window is searched
// first (the GIN index and a date range combined as bitmaps, so only matches in the window are
// read), and each older window only when the newer ones held too few matches.
//
// The windows are a plan, not a filter: together they cover every date, so any cut gives the same
// results and the cuts may be a little stale (a new article lands in the newest window).

const CUT_AT = [5_000, 25_000];

/** The cut dates, newest first, as timestamp text; fewer (none) for a smaller archive. Found once a minute per process. */
export const articleWindowCuts = keptAnswer(60_000, findCuts);

async function findCuts(): Promise<string[]> {
  // Index-only scans of (status, publishedAt, id).
  const rows = await db.$queryRaw<Array<{ cut: string | null }>>`
    SELECT (SELECT a."publishedAt"::text FROM "Article" a WHERE ${Prisma.raw(visibleArticleSql("a"))}
            ORDER BY a."publishedAt" DESC OFFSET n - 1 LIMIT 1) AS cut
    FROM unnest(${CUT_AT}::int[]) WITH ORDINALITY AS k(n, i) ORDER BY i`;
  return rows.flatMap((row) => (row.cut ? [row.cut] : []));
}
