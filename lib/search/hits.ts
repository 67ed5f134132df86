import "server-only";
import { Prisma } from "@prisma/client";
import { queryRows } from "@/lib/db-rows";
import { visibleArticleSql, visibleEpisodeSql } from "@/lib/content/visibility";
import type { AccessLevel } from "@/lib/entitlements";
import { articleWindowCuts } from "./article-windows";
import { MAX_PAGE, type SearchRequest } from "./search-request";
import { configLiteral, dayRange, searchConfigs, tsQuery } from "./search-sql";

// The first phase of a search: which rows match, in what order, how many; two queries at once
// (articles, everything else), merged here.
//
// Every branch matches `vector @@ constant query` over GIN indexes, per text search
// configuration: a row the reader may read is matched against its full vector, any other row
// against its public vector (title, dek, teaser; a brief's headlines), so nothing gated can
// match or be counted. Rows are ordered by ts_rank of a small vector of their
// public heading (an article's title A and dek B; an episode's or pick's title and summary), then
// newest first: the same order for every reader, which reads no gated text and no large vector.

export const LEVELS: AccessLevel[] = ["FREE", "REGISTERED", "SUBSCRIBER"];

export interface HitContext {
  request: SearchRequest;
  /** Access levels this reader may read in full (the one access rule decided them). */
  readable: AccessLevel[];
  /** Whether this reader may read briefs in full (the archive's rule). */
  canReadBriefs: boolean;
  timeZone: string;
}

export interface Hit {
  kind: "article" | "episode" | "pick" | "brief";
  id: string;
  /** The best matching transcript passage of an episode. */
  detail: string | null;
  total: number;
}

/**
 * At most this many matches of a branch are counted and ranked: the newest. Finding them reads
 * each one's row, so this bounds the work of a broad query over a large archive; the reader can
 * page through this many results at most (MAX_PAGE).
 */
export const CANDIDATES = MAX_PAGE * 10;

/**
 * A branch (kind, id, detail, vec, date) cut to its newest CANDIDATES rows and ranked by
 * ts_rank of `vec` after the cut, so vectors of rows past it are never read.
 */
const newest = (branch: Prisma.Sql, date: string, query: Prisma.Sql) =>
  Prisma.sql`SELECT kind, id, detail, ts_rank(vec, ${query}) AS rank, date FROM (${branch} ORDER BY ${Prisma.raw(date)} DESC LIMIT ${CANDIDATES}) c`;

const sectionId = (slug: string) => Prisma.sql`(SELECT id FROM "Section" WHERE slug = ${slug})`;

/**
 * An article branch's newest CANDIDATES matches, window by window (article-windows.ts), ranked by
 * ts_rank of the small title-and-dek vector. `where` is the branch's condition on `a` and
 * `last` a check to make after the window's own (see articleHits). In the newest window the
 * planner chooses: for a rare word, the window's matches from the GIN index and the date index
 * combined as bitmaps; for a common one, walking the window newest first, testing each row, until
 * CANDIDATES matched (the vectors' statistics target is raised so it can tell which is which;
 * migration search_statistics). An older window runs only while the newer ones hold fewer than
 * CANDIDATES (a one-time filter: otherwise it is never executed), that is for a word that is
 * not common lately: it is never walked (a subquery the planner must finish, OFFSET 0), because
 * testing a row reads its out-of-line vector, a cost the planner does not see, and walking a
 * large window for a few matches tested thousands of rows (33 ms for "export levies").
 */
function newestArticles(where: Prisma.Sql, last: Prisma.Sql, cuts: string[], query: Prisma.Sql): Prisma.Sql {
  // OFFSET 0 keeps the planner from walking a window (see above).
  const window = (range: Prisma.Sql, walk: boolean) =>
    Prisma.sql`SELECT * FROM (SELECT 'article' AS kind, a.id, NULL::text AS detail, a."searchHead" AS vec, a."publishedAt" AS date
      FROM "Article" a WHERE ${where} ${range} ${last} ${walk ? Prisma.empty : Prisma.sql`OFFSET 0`}) m`;
  const bounds = [...cuts.map((cut) => Prisma.sql`AND a."publishedAt" >= ${cut}::timestamp`), Prisma.empty];
  const ctes = bounds.map((lower, i) => {
    const upper = i > 0 ? Prisma.sql`AND a."publishedAt" < ${cuts[i - 1]}::timestamp` : Prisma.empty;
    if (i === 0)
      return Prisma.sql`w0 AS MATERIALIZED (${window(Prisma.sql`${lower} ${upper}`, true)} ORDER BY date DESC LIMIT ${CANDIDATES})`;
    const before = Prisma.raw(`w${i - 1}`);
    const missing = Prisma.sql`${CANDIDATES} - (SELECT count(*) FROM ${before})`;
    return Prisma.sql`${Prisma.raw(`w${i}`)} AS MATERIALIZED (SELECT * FROM ${before} UNION ALL
      (${window(Prisma.sql`${lower} ${upper}`, false)} WHERE ${missing} > 0 ORDER BY date DESC LIMIT ${missing}))`;
  });
  return Prisma.sql`(WITH ${Prisma.join(ctes, ", ")}
    SELECT kind, id, detail, ts_rank(vec, ${query}) AS rank, date FROM ${Prisma.raw(`w${bounds.length - 1}`)})`;
}

function articleHits(cfg: string, cuts: string[], { request, readable, timeZone }: HitContext): Prisma.Sql {
  const query = tsQuery(cfg, request.q);
  // The literal configuration picks the partial index of that language (empty ones cost nothing).
  const common = Prisma.sql`dispatch_search_config(a."language") = ${configLiteral(cfg)} AND ${Prisma.raw(visibleArticleSql("a"))}
    ${request.section ? Prisma.sql`AND a."sectionId" = ${sectionId(request.section)}` : Prisma.empty}
    ${dayRange(Prisma.sql`a."publishedAt"`, request, timeZone)}`;
  // Compared as the enum, so the (status, access, publishedAt) index can serve it.
  const levels = (list: AccessLevel[]) => Prisma.sql`a."access" = ANY(${list}::"AccessLevel"[])`;
  const unreadable = LEVELS.filter((level) => !readable.includes(level));
  // A row the reader may read is matched against its full vector, any other row against its
  // public one: one branch, so the window work (and its planning) is done once per search.
  const parts = (
    [
      ["searchFull", readable],
      ["searchPublic", unreadable],
    ] as const
  ).filter(([, access]) => access.length > 0);
  const either = (part: (column: Prisma.Sql) => Prisma.Sql) =>
    Prisma.sql`(${Prisma.join(
      parts.map(([vector, access]) => Prisma.sql`(${levels(access)} AND ${part(Prisma.raw(`a."${vector}"`))})`),
      " OR ",
    )})`;
  // A phrase needs word positions, which only the row's vector has (out of line, and large for a
  // body): the index is asked for the words, and the phrase is checked last, through the
  // function behind @@ (which no index serves), on rows already inside the window.
  const phrase = request.q.includes('"');
  const words = phrase ? tsQuery(cfg, request.q.replaceAll('"', " ")) : query;
  const where = either((column) => Prisma.sql`${column} @@ ${words}`);
  const last = phrase ? Prisma.sql`AND ${either((column) => Prisma.sql`ts_match_vq(${column}, ${query})`)}` : Prisma.empty;
  return newestArticles(Prisma.sql`${where} AND ${common}`, last, cuts, query);
}

function episodeHits(cfg: string, { request, readable, timeZone }: HitContext): Prisma.Sql {
  const query = tsQuery(cfg, request.q);
  // The best passage per episode among those spoken in transcripts this reader may read.
  return Prisma.sql`
    SELECT 'episode' AS kind, e.id, passage.id AS detail, GREATEST(ts_rank(e."search", ${query}), coalesce(passage.rank, 0)) AS rank,
           e."publishedAt" AS date
    FROM "PodcastEpisode" e LEFT JOIN (
      SELECT DISTINCT ON (t."episodeId") t."episodeId", s.id, ts_rank(s."search", ${query}) AS rank
      FROM "TranscriptSegment" s JOIN "Transcript" t ON t.id = s."transcriptId"
      WHERE s."search" @@ ${query} AND t."access"::text = ANY(${readable}::text[])
      ORDER BY t."episodeId", rank DESC, s.position
    ) passage ON passage."episodeId" = e.id
    WHERE dispatch_search_config(e."language") = ${configLiteral(cfg)} AND ${Prisma.raw(visibleEpisodeSql("e"))}
      AND (e."search" @@ ${query} OR passage.id IS NOT NULL) ${dayRange(Prisma.sql`e."publishedAt"`, request, timeZone)}`;
}

function pickHits(cfg: string, { request, timeZone }: HitContext): Prisma.Sql {
  const query = tsQuery(cfg, request.q);
  // A pick of one of our articles is shown only while the article is (as in the stream).
  return newest(
    Prisma.sql`
    SELECT 'pick' AS kind, p.id, NULL::text AS detail, p."search" AS vec, p."createdAt" AS date
    FROM "Pick" p
    WHERE p."search" @@ ${query} AND dispatch_search_config(coalesce(p."language", 'en')) = ${configLiteral(cfg)}
      AND (p."articleId" IS NULL OR EXISTS (SELECT 1 FROM "Article" a WHERE a.id = p."articleId" AND ${Prisma.raw(visibleArticleSql("a"))}))
      ${request.section ? Prisma.sql`AND p."sectionId" = ${sectionId(request.section)}` : Prisma.empty}
      ${dayRange(Prisma.sql`p."createdAt"`, request, timeZone)}`,
    `p."createdAt"`,
    query,
  );
}

/** Briefs in the archive; their stories may be in several languages, so matches are gathered first. */
function briefHits(configs: string[], { request, canReadBriefs }: HitContext): Prisma.Sql {
  const item = canReadBriefs ? Prisma.raw(`i."searchFull"`) : Prisma.raw(`i."searchHeadline"`);
  const matches = configs.flatMap((cfg) => {
    const query = tsQuery(cfg, request.q);
    const items = Prisma.sql`SELECT i."briefId" AS id, ts_rank(${item}, ${query}) AS rank FROM "BriefItem" i
      WHERE ${item} @@ ${query} AND dispatch_search_config(coalesce(i."language", 'en')) = ${configLiteral(cfg)}`;
    const intro = Prisma.sql`SELECT b.id, ts_rank(b."searchIntro", ${query}) AS rank FROM "Brief" b
      WHERE b."searchIntro" @@ ${query} AND dispatch_search_config(b."language") = ${configLiteral(cfg)}`;
    return canReadBriefs ? [items, intro] : [items];
  });
  const from = request.from ? Prisma.sql`AND b.date >= ${request.from}::date` : Prisma.empty;
  const to = request.to ? Prisma.sql`AND b.date <= ${request.to}::date` : Prisma.empty;
  return Prisma.sql`
    SELECT 'brief' AS kind, b.id, NULL::text AS detail, max(m.rank) AS rank, b."releasedAt" AS date
    FROM "Brief" b JOIN (${Prisma.join(matches, " UNION ALL ")}) m ON m.id = b.id
    WHERE b."releasedAt" <= now() ${from} ${to}
    GROUP BY b.id`;
}

/**
 * The queries of a search. The article branches (one per configuration in use) are the costly
 * ones, planning included: each is a query of its own, and separate queries run at once on
 * separate PostgreSQL backends, so a reader waits for the slowest instead of the sum.
 * Everything else is small and goes together in one more query.
 */
function queries(configs: string[], cuts: string[], context: HitContext): Prisma.Sql[][] {
  const { type, section } = context.request;
  const wants = (kind: SearchRequest["type"]) => type === "all" || type === kind;
  const articles: Prisma.Sql[][] = [];
  const others: Prisma.Sql[] = [];
  for (const cfg of configs) {
    if (wants("articles")) articles.push([articleHits(cfg, cuts, context)]);
    if (wants("picks")) others.push(pickHits(cfg, context));
    // Episodes and briefs belong to no section: a section filter leaves them out.
    if (wants("podcasts") && !section) others.push(episodeHits(cfg, context));
  }
  if (wants("briefs") && !section) others.push(briefHits(configs, context));
  return others.length > 0 ? [...articles, others] : articles;
}

interface RankedHit extends Hit {
  rank: number;
  date: Date;
}

/** The page's order: best rank, then newest, then kind and id (compared as PostgreSQL's "C" collation does). */
function byPageOrder(a: RankedHit, b: RankedHit): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return b.rank - a.rank || b.date.getTime() - a.date.getTime() || text(a.kind, b.kind) || text(a.id, b.id);
}

/** A query's first `upTo` hits in the page's order, each with how many the query found. */
function firstHits(branches: Prisma.Sql[], upTo: number) {
  return queryRows<RankedHit>(Prisma.sql`
    WITH hits AS (${Prisma.join(branches, " UNION ALL ")})
    SELECT kind, id, detail, rank, date, count(*) OVER ()::int AS total FROM hits
    ORDER BY rank DESC, date DESC, kind, id COLLATE "C"
    LIMIT ${upTo}`);
}

/** The request's page of hits, merged from the queries' first hits; each carries the total found. */
export async function findHits(context: HitContext, pageSize: number): Promise<Hit[]> {
  const [configs, cuts] = await Promise.all([searchConfigs(), articleWindowCuts()]);
  const offset = (context.request.page - 1) * pageSize;
  const found = await Promise.all(queries(configs, cuts, context).map((branches) => firstHits(branches, offset + pageSize)));
  const total = found.reduce((sum, hits) => sum + (hits[0]?.total ?? 0), 0);
  return found
    .flat()
    .sort(byPageOrder)
    .slice(offset, offset + pageSize)
    .map(({ kind, id, detail }) => ({ kind, id, detail, total }));
}
