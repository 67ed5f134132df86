import "server-only";
import { BRIEF_ACCESS } from "@/lib/briefs/edition-for";
import { getAccess, type AccessLevel, type AccessPolicy, type Viewer } from "@/lib/entitlements";
import { CANDIDATES, findHits, LEVELS } from "./hits";
import { loadArticles, loadBriefs, loadEpisodes, loadPicks, type SearchResult } from "./results";
import type { SearchRequest } from "./search-request";

// Site search in PostgreSQL full-text search over articles, episodes with their transcripts,
// the stream's picks and the Daily Brief's archive (vectors and indexes: the search migrations).
// Two phases: one query matches, orders, counts and pages the hits across types (hits.ts);
// then one query per type fetches what the page's ten results show, snippets included
// (results.ts). What a reader may not read is matched, counted and quoted from nowhere: the
// one access rule decides which vector each row is matched against and which text its snippet
// is cut from.

export type { SearchResult } from "./results";

const PAGE_SIZE = 10;

export interface SearchPage {
  results: SearchResult[];
  /** Results counted, up to CANDIDATES; `more` says there are more than that (only the newest are ranked). */
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
}

/** The access levels this viewer may read in full, decided by the one access rule. */
export function readableLevels(viewer: Viewer, policy: AccessPolicy): AccessLevel[] {
  return LEVELS.filter((access) => getAccess(viewer, { access }, policy).allowed);
}

/** One page of results for this viewer. An empty query finds nothing (the page shows the form). */
export async function search(request: SearchRequest, viewer: Viewer, policy: AccessPolicy, timeZone: string): Promise<SearchPage> {
  if (!request.q) return { results: [], total: 0, more: false, page: 1, pageCount: 1 };
  const readable = readableLevels(viewer, policy);
  const canReadBriefs = getAccess(viewer, BRIEF_ACCESS, policy).allowed;
  const hits = await findHits({ request, readable, canReadBriefs, timeZone }, PAGE_SIZE);
  const ids = (kind: SearchResult["kind"]) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const loaded = await Promise.all([
    loadArticles(request.q, ids("article"), readable),
    loadEpisodes(
      request.q,
      hits.filter((h) => h.kind === "episode"),
      readable,
    ),
    loadPicks(request.q, ids("pick")),
    loadBriefs(request.q, ids("brief"), canReadBriefs),
  ]);
  const byKey = new Map<string, SearchResult>();
  const kinds = ["article", "episode", "pick", "brief"] as const;
  loaded.forEach((rows, index) => {
    for (const row of rows) byKey.set(`${kinds[index]}:${row.id}`, { kind: kinds[index], ...row } as SearchResult);
  });
  const results = hits.flatMap((hit) => byKey.get(`${hit.kind}:${hit.id}`) ?? []);
  const counted = hits[0]?.total ?? 0;
  const total = Math.min(counted, CANDIDATES);
  return { results, total, more: counted >= CANDIDATES, page: request.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
