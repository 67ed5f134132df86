import { z } from "zod";

// What a reader asked /search for, from the address bar, where anything can arrive: values no
// form sends are dropped (a bad date is no date), never an error page. Pure.

export const SEARCH_TYPES = ["all", "articles", "podcasts", "picks", "briefs"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Longer queries are cut: nobody types more, and each word costs the database a little. */
export const MAX_QUERY_CHARS = 200;
/** Pages of ten: a search counts and ranks the newest 200 matches (lib/search/hits.ts, CANDIDATES). */
export const MAX_PAGE = 20;

export interface SearchRequest {
  q: string;
  type: SearchType;
  section: string | null;
  /** Inclusive days (YYYY-MM-DD) in the publication's time zone. */
  from: string | null;
  to: string | null;
  page: number;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const day = z.iso.date().refine((value) => !Number.isNaN(Date.parse(value)));

export function parseSearchRequest(params: Record<string, string | string[] | undefined>): SearchRequest {
  const q = String(first(params.q) ?? "")
    // Control characters (NUL included) and unpaired surrogates mean nothing to a search.
    .replace(/[\p{Cc}\p{Cs}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_CHARS);
  const type = z.enum(SEARCH_TYPES).catch("all").parse(first(params.type));
  const section = z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .nullable()
    .catch(null)
    .parse(first(params.section) ?? null);
  const from = day
    .nullable()
    .catch(null)
    .parse(first(params.from) ?? null);
  const to = day
    .nullable()
    .catch(null)
    .parse(first(params.to) ?? null);
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE)
    .catch(1)
    .parse(first(params.page) ?? 1);
  return { q, type, section, from, to, page };
}
