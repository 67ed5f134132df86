import "server-only";
import { Prisma } from "@prisma/client";
import { keptAnswer } from "@/lib/cache/kept-answer";
import { db } from "@/lib/db";
import type { SearchRequest } from "./search-request";

// SQL pieces shared by the search queries.

let known: Promise<string[]> | undefined;

/** Every configuration dispatch_search_configs() (the search migration) knows, read once per process. */
function knownConfigs(): Promise<string[]> {
  known ??= db.$queryRaw<Array<{ cfg: string }>>`SELECT unnest(dispatch_search_configs())::text AS cfg`.then((rows) =>
    // Written into SQL as literals (partial indexes are chosen by them), so only plain names pass.
    rows.map((row) => row.cfg).filter((cfg) => /^[a-z_]+$/.test(cfg)),
  );
  return known;
}

const TABLES = [
  ["Article", `"language"`],
  ["PodcastEpisode", `"language"`],
  ["Pick", `coalesce("language", 'en')`],
  ["BriefItem", `coalesce("language", 'en')`],
  ["Brief", `"language"`],
] as const;

/**
 * The configurations content is written in. A search runs one branch per configuration with
 * the query parsed as a constant, which is what lets PostgreSQL use the GIN indexes; a
 * configuration nothing is written in needs no branch (each costs planning time, and the
 * probes below cost more, so their answer is kept for 30 s: content in a new language is
 * searchable that much later). An empty answer (a new publication) is not kept: its first
 * article must be found at once.
 */
export const searchConfigs = keptAnswer(30_000, findConfigsInUse, (found) => found.length > 0);

/** Literal configurations let the planner probe the expression indexes instead of scanning tables. */
async function findConfigsInUse(): Promise<string[]> {
  const configs = await knownConfigs();
  const probes = configs.map((cfg) => {
    const used = TABLES.map(([table, language]) =>
      Prisma.raw(`EXISTS (SELECT 1 FROM "${table}" WHERE dispatch_search_config(${language}) = '${cfg}'::regconfig)`),
    );
    return Prisma.sql`SELECT ${cfg} AS cfg WHERE ${Prisma.join(used, " OR ")}`;
  });
  const rows = await db.$queryRaw<Array<{ cfg: string }>>`${Prisma.join(probes, " UNION ALL ")}`;
  return rows.map((row) => row.cfg);
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
