import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { visibleArticleSql, visibleEpisodeSql } from "@/lib/content/visibility";
import { getAccess, type AccessLevel, type AccessPolicy, type Viewer } from "@/lib/entitlements";
import type { SearchRequest } from "./search-request";
import { MARK_END, MARK_START, SNIPPET_OPTIONS, TITLE_OPTIONS } from "./snippet";

// Site search in PostgreSQL full-text search (vectors and indexes: the search migration).
// One query finds, ranks (ts_rank_cd), counts and pages the hits across content types; a
// second per type fetches what a result shows, with ts_headline snippets of the page's hits only.
//
// Gated text: each row is matched, ranked and counted against its full vector only when the
// one access rule lets this viewer read the row's access level, and against its public vector
// (title, dek, teaser) otherwise; snippets are cut from the same text. Transcript segments
// have no public part: they match only for viewers who may read the transcript.
//
// Each content type is one branch of HITS with the same columns (kind, id, detail, rank, date).
// Extension point, picks and briefs (the Daily Brief's tables, not in this branch yet): give
// Pick a generated vector (A headline, B summary) and Brief one (B intro) in a migration, add
// a branch here for each and a details query like loadArticles, and add their kinds to
// SEARCH_TYPES. Both are public, so they need no public/full split.

const LEVELS: AccessLevel[] = ["FREE", "REGISTERED", "SUBSCRIBER"];
const PAGE_SIZE = 10;

export type SearchResult =
  | {
      kind: "article";
      id: string;
      slug: string;
      title: string;
      section: string;
      publishedAt: Date;
      snippet: string;
    }
  | {
      kind: "episode";
      id: string;
      slug: string;
      title: string;
      number: number;
      publishedAt: Date;
      snippet: string;
      /** Where the best matching passage of the transcript starts (exact, for ?t=), if the match was spoken. */
      startSeconds: number | null;
    };

export interface SearchPage {
  results: SearchResult[];
  total: number;
  page: number;
  pageCount: number;
}

/** The access levels this viewer may read in full, decided by the one access rule. */
export function readableLevels(viewer: Viewer, policy: AccessPolicy): AccessLevel[] {
  return LEVELS.filter((access) => getAccess(viewer, { access }, policy).allowed);
}

/** The query parsed once in every text search configuration; rows join the one they are written in. */
const queries = (text: string) =>
  Prisma.sql`SELECT cfg, websearch_to_tsquery(cfg, ${text}) AS query FROM unnest(dispatch_search_configs()) AS cfg`;

function dayRange(column: Prisma.Sql, request: SearchRequest, timeZone: string): Prisma.Sql {
  // Days start at midnight where the publication is; "publishedAt" is stored as UTC.
  const from = request.from
    ? Prisma.sql`AND ${column} >= ((${request.from}::date)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`
    : Prisma.empty;
  const to = request.to
    ? Prisma.sql`AND ${column} < ((${request.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`
    : Prisma.empty;
  return Prisma.sql`${from} ${to}`;
}

function articleHits(request: SearchRequest, readable: AccessLevel[], timeZone: string): Prisma.Sql {
  const canRead = Prisma.sql`a."access"::text = ANY(${readable})`;
  const section = request.section
    ? Prisma.sql`AND a."sectionId" = (SELECT id FROM "Section" WHERE slug = ${request.section})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT 'article' AS kind, a.id, NULL::text AS detail,
           ts_rank_cd(CASE WHEN ${canRead} THEN a."searchFull" ELSE a."searchPublic" END, q.query) AS rank, a."publishedAt" AS date
    FROM q JOIN "Article" a ON dispatch_search_config(a."language") = q.cfg
    WHERE ${Prisma.raw(visibleArticleSql("a"))}
      AND ((${canRead} AND a."searchFull" @@ q.query) OR (NOT ${canRead} AND a."searchPublic" @@ q.query))
      ${section} ${dayRange(Prisma.sql`a."publishedAt"`, request, timeZone)}`;
}

function episodeHits(request: SearchRequest, readable: AccessLevel[], timeZone: string): Prisma.Sql {
  return Prisma.sql`
    SELECT 'episode' AS kind, e.id, passage.id AS detail,
           GREATEST(CASE WHEN e."search" @@ q.query THEN ts_rank_cd(e."search", q.query) ELSE 0 END, coalesce(passage.rank, 0)) AS rank,
           e."publishedAt" AS date
    FROM q JOIN "PodcastEpisode" e ON dispatch_search_config(e."language") = q.cfg
    LEFT JOIN LATERAL (
      SELECT s.id, ts_rank_cd(s."search", q.query) AS rank
      FROM "Transcript" t JOIN "TranscriptSegment" s ON s."transcriptId" = t.id
      WHERE t."episodeId" = e.id AND t."access"::text = ANY(${readable}) AND s."search" @@ q.query
      ORDER BY rank DESC, s.position LIMIT 1
    ) passage ON true
    WHERE ${Prisma.raw(visibleEpisodeSql("e"))} AND (e."search" @@ q.query OR passage.id IS NOT NULL)
      ${dayRange(Prisma.sql`e."publishedAt"`, request, timeZone)}`;
}

interface Hit {
  kind: "article" | "episode";
  id: string;
  detail: string | null;
  total: number;
}

async function findHits(request: SearchRequest, readable: AccessLevel[], timeZone: string): Promise<Hit[]> {
  const branches: Prisma.Sql[] = [];
  if (request.type !== "podcasts") branches.push(articleHits(request, readable, timeZone));
  // Episodes belong to no section: a section filter means articles only.
  if (request.type !== "articles" && !request.section) branches.push(episodeHits(request, readable, timeZone));
  if (branches.length === 0) return [];
  return db.$queryRaw<Hit[]>`
    WITH q AS (${queries(request.q)}), hits AS (${Prisma.join(branches, " UNION ALL ")})
    SELECT kind, id, detail, count(*) OVER ()::int AS total FROM hits
    ORDER BY rank DESC, date DESC, id
    LIMIT ${PAGE_SIZE} OFFSET ${(request.page - 1) * PAGE_SIZE}`;
}

async function loadArticles(q: string, ids: string[], readable: AccessLevel[]) {
  if (ids.length === 0) return [];
  // Markers are removed from the text first, so the only marks in a snippet are ts_headline's.
  const clean = (text: Prisma.Sql) => Prisma.sql`translate(${text}, ${MARK_START + MARK_END}, '')`;
  return db.$queryRaw<Array<Omit<Extract<SearchResult, { kind: "article" }>, "kind">>>`
    WITH q AS (${queries(q)})
    SELECT a.id, a.slug, a."publishedAt", s.label AS section,
           ts_headline(q.cfg, ${clean(Prisma.sql`a.title`)}, q.query, ${TITLE_OPTIONS}) AS title,
           ts_headline(q.cfg, ${clean(Prisma.sql`a.dek || ' ' || dispatch_html_text(CASE WHEN a."access"::text = ANY(${readable}) THEN a."bodyHtml" ELSE a."teaserHtml" END)`)}, q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" JOIN q ON q.cfg = dispatch_search_config(a."language")
    WHERE a.id = ANY(${ids})`;
}

async function loadEpisodes(q: string, hits: Hit[], readable: AccessLevel[]) {
  if (hits.length === 0) return [];
  const clean = (text: Prisma.Sql) => Prisma.sql`translate(${text}, ${MARK_START + MARK_END}, '')`;
  return db.$queryRaw<Array<Omit<Extract<SearchResult, { kind: "episode" }>, "kind">>>`
    WITH q AS (${queries(q)}), hit AS (SELECT * FROM unnest(${hits.map((h) => h.id)}::text[], ${hits.map((h) => h.detail)}::text[]) AS h(id, passage))
    SELECT e.id, e.slug, e.number, e."publishedAt",
           ts_headline(q.cfg, ${clean(Prisma.sql`e.title`)}, q.query, ${TITLE_OPTIONS}) AS title,
           ts_headline(q.cfg, ${clean(Prisma.sql`coalesce(s.text, e.summary)`)}, q.query, ${SNIPPET_OPTIONS}) AS snippet,
           s."startMs"::float8 / 1000 AS "startSeconds"
    FROM hit JOIN "PodcastEpisode" e ON e.id = hit.id JOIN q ON q.cfg = dispatch_search_config(e."language")
    LEFT JOIN ("TranscriptSegment" s JOIN "Transcript" t ON t.id = s."transcriptId" AND t."access"::text = ANY(${readable}))
      ON s.id = hit.passage`;
}

/** One page of results for this viewer. An empty query finds nothing (the page shows the form). */
export async function search(request: SearchRequest, viewer: Viewer, policy: AccessPolicy, timeZone: string): Promise<SearchPage> {
  if (!request.q) return { results: [], total: 0, page: 1, pageCount: 1 };
  const readable = readableLevels(viewer, policy);
  const hits = await findHits(request, readable, timeZone);
  const articleIds = hits.filter((h) => h.kind === "article").map((h) => h.id);
  const [articles, episodes] = await Promise.all([
    loadArticles(request.q, articleIds, readable),
    loadEpisodes(
      request.q,
      hits.filter((h) => h.kind === "episode"),
      readable,
    ),
  ]);
  const results = hits.flatMap((hit): SearchResult[] => {
    if (hit.kind === "article") {
      const article = articles.find((a) => a.id === hit.id);
      return article ? [{ kind: "article", ...article }] : [];
    }
    const episode = episodes.find((e) => e.id === hit.id);
    return episode ? [{ kind: "episode", ...episode }] : [];
  });
  const total = hits[0]?.total ?? 0;
  return { results, total, page: request.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
