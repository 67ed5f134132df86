import "server-only";
import { Prisma } from "@prisma/client";
import { queryRows } from "@/lib/db-rows";
import type { AccessLevel } from "@/lib/entitlements";
import { parsedQueries } from "./search-sql";
import { MARK_END, MARK_START, SNIPPET_OPTIONS, TITLE_OPTIONS } from "./snippet";

// What a search result shows, fetched for the page's hits only (ten rows at most), so
// ts_headline, the costly part, never runs over a row the reader does not see. The text a
// snippet is cut from is chosen here by the same access rule that chose the vector it matched.

export interface ArticleResult {
  kind: "article";
  id: string;
  slug: string;
  title: string;
  section: string;
  publishedAt: Date;
  snippet: string;
}

export interface EpisodeResult {
  kind: "episode";
  id: string;
  slug: string;
  title: string;
  number: number;
  publishedAt: Date;
  snippet: string;
  /** Where the best matching passage of the transcript starts (exact, for ?t=), if the match was spoken. */
  startSeconds: number | null;
}

export interface PickResult {
  kind: "pick";
  id: string;
  title: string;
  snippet: string;
  publishedAt: Date;
  /** Our article's slug, or the outside address the pick links to. */
  articleSlug: string | null;
  url: string | null;
  sourceName: string | null;
  section: string | null;
}

export interface BriefResult {
  kind: "brief";
  id: string;
  /** The brief's date, YYYY-MM-DD (its archive address). */
  date: string;
  publishedAt: Date;
  snippet: string;
}

export type SearchResult = ArticleResult | EpisodeResult | PickResult | BriefResult;
type Row<T> = Omit<T, "kind">;

/** Markers are removed from the text first, so the only marks in a snippet are ts_headline's. */
const clean = (text: Prisma.Sql) => Prisma.sql`translate(${text}, ${MARK_START + MARK_END}, '')`;

/**
 * Articles' snippets are most of a search's work (ts_headline reads a whole body in about half a
 * millisecond): a page's worth is cut in two queries that PostgreSQL runs at once.
 */
export async function loadArticles(q: string, ids: string[], readable: AccessLevel[]): Promise<Row<ArticleResult>[]> {
  const half = Math.ceil(ids.length / 2);
  const halves = [ids.slice(0, half), ids.slice(half)].filter((part) => part.length > 0);
  return (await Promise.all(halves.map((part) => loadSomeArticles(q, part, readable)))).flat();
}

function loadSomeArticles(q: string, ids: string[], readable: AccessLevel[]) {
  // The body only when the reader may read it and the match is not already in the public text,
  // and of a long text only the stretches around the words (dispatch_snippet_source, migration
  // search_snippet_source): ts_headline's cost grows with the text it reads.
  const snippetSource = Prisma.sql`CASE WHEN a."access"::text = ANY(${readable}) AND NOT a."searchPublic" @@ q.query THEN a."bodyHtml" ELSE a."teaserHtml" END`;
  return queryRows<Row<ArticleResult>>(Prisma.sql`
    WITH q AS (${parsedQueries(q)})
    SELECT a.id, a.slug, a."publishedAt", s.label AS section,
           ts_headline(q.cfg, ${clean(Prisma.sql`a.title`)}, q.query, ${TITLE_OPTIONS}) AS title,
           ts_headline(q.cfg, dispatch_snippet_source(${clean(Prisma.sql`a.dek || ' ' || dispatch_html_text(${snippetSource})`)}, q.query), q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" JOIN q ON q.cfg = dispatch_search_config(a."language")
    WHERE a.id = ANY(${ids})`);
}

export function loadEpisodes(q: string, hits: Array<{ id: string; detail: string | null }>, readable: AccessLevel[]) {
  if (hits.length === 0) return Promise.resolve([]);
  return queryRows<Row<EpisodeResult>>(Prisma.sql`
    WITH q AS (${parsedQueries(q)}), hit AS (SELECT * FROM unnest(${hits.map((h) => h.id)}::text[], ${hits.map((h) => h.detail)}::text[]) AS h(id, passage))
    SELECT e.id, e.slug, e.number, e."publishedAt",
           ts_headline(q.cfg, ${clean(Prisma.sql`e.title`)}, q.query, ${TITLE_OPTIONS}) AS title,
           ts_headline(q.cfg, ${clean(Prisma.sql`coalesce(s.text, e.summary)`)}, q.query, ${SNIPPET_OPTIONS}) AS snippet,
           s."startMs"::float8 / 1000 AS "startSeconds"
    FROM hit JOIN "PodcastEpisode" e ON e.id = hit.id JOIN q ON q.cfg = dispatch_search_config(e."language")
    LEFT JOIN ("TranscriptSegment" s JOIN "Transcript" t ON t.id = s."transcriptId" AND t."access"::text = ANY(${readable}))
      ON s.id = hit.passage`);
}

export function loadPicks(q: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows<Row<PickResult>>(Prisma.sql`
    WITH q AS (${parsedQueries(q)})
    SELECT p.id, p."createdAt" AS "publishedAt", p.url, p."sourceName", a.slug AS "articleSlug", s.label AS section,
           ts_headline(q.cfg, ${clean(Prisma.sql`p.headline`)}, q.query, ${TITLE_OPTIONS}) AS title,
           ts_headline(q.cfg, ${clean(Prisma.sql`p.summary`)}, q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM "Pick" p JOIN q ON q.cfg = dispatch_search_config(coalesce(p."language", 'en'))
    LEFT JOIN "Article" a ON a.id = p."articleId" LEFT JOIN "Section" s ON s.id = p."sectionId"
    WHERE p.id = ANY(${ids})`);
}

/**
 * Briefs' snippets: the intro, headlines and summaries for readers who may read the brief in
 * full, the headlines alone for everyone else (the gated text is not even selected for them).
 */
export function loadBriefs(q: string, ids: string[], canReadBriefs: boolean) {
  if (ids.length === 0) return Promise.resolve([]);
  const story = canReadBriefs ? Prisma.sql`i.headline || '. ' || i.summary` : Prisma.sql`i.headline`;
  const text = canReadBriefs ? Prisma.sql`b.intro || ' ' || stories.text` : Prisma.sql`stories.text`;
  return queryRows<Row<BriefResult>>(Prisma.sql`
    WITH q AS (${parsedQueries(q)})
    SELECT b.id, to_char(b.date, 'YYYY-MM-DD') AS date, b."releasedAt" AS "publishedAt",
           ts_headline(q.cfg, ${clean(text)}, q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM "Brief" b JOIN q ON q.cfg = dispatch_search_config(b."language")
    CROSS JOIN LATERAL (SELECT coalesce(string_agg(${story}, ' · ' ORDER BY i.position), '') AS text FROM "BriefItem" i WHERE i."briefId" = b.id) stories
    WHERE b.id = ANY(${ids})`);
}
