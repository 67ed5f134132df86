import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import type { SearchRequest } from "./search-request";

// SQL pieces shared by the search queries.

const inUse = (table: string, language: string) =>
  Prisma.raw(`EXISTS (SELECT 1 FROM "${table}" WHERE dispatch_search_config(${language}) = cfg)`);

/**
 * The text search configurations that content is written in now (of those
 * dispatch_search_configs() in the search migration knows), found by index probes. A search
 * runs one branch per configuration with the query parsed as a constant, which is what lets
 * PostgreSQL use the GIN indexes; a configuration nothing is written in needs no branch.
 */
export async function searchConfigs(): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ cfg: string }>>`
    SELECT cfg::text FROM unnest(dispatch_search_configs()) AS cfg
    WHERE ${inUse("Article", `"language"`)} OR ${inUse("PodcastEpisode", `"language"`)} OR ${inUse("Pick", `coalesce("language", 'en')`)}
       OR ${inUse("BriefItem", `coalesce("language", 'en')`)} OR ${inUse("Brief", `"language"`)}`;
  // Written into SQL as literals (partial indexes are chosen by them), so only plain names pass.
  return rows.map((row) => row.cfg).filter((cfg) => /^[a-z_]+$/.test(cfg));
}

/** `cfg` as a regconfig literal (a name from searchConfigs()). */
export const configLiteral = (cfg: string) => Prisma.raw(`'${cfg}'::regconfig`);

/** The reader's words as a query in configuration `cfg`: quotes, OR and -word work, anything else is ignored. */
export const tsQuery = (cfg: string, text: string) => Prisma.sql`websearch_to_tsquery(${configLiteral(cfg)}, ${text})`;

/** The query parsed in every configuration, for joining a few rows to the one they are written in. */
export const parsedQueries = (text: string) =>
  Prisma.sql`SELECT cfg, websearch_to_tsquery(cfg, ${text}) AS query FROM unnest(dispatch_search_configs()) AS cfg`;

/** The request's date range on a timestamp column; days start at midnight where the publication is. */
export function dayRange(column: Prisma.Sql, request: SearchRequest, timeZone: string): Prisma.Sql {
  const from = request.from
    ? Prisma.sql`AND ${column} >= ((${request.from}::date)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`
    : Prisma.empty;
  const to = request.to
    ? Prisma.sql`AND ${column} < ((${request.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`
    : Prisma.empty;
  return Prisma.sql`${from} ${to}`;
}
