import "server-only";
import type { Prisma } from "@prisma/client";
import pg from "pg";
import { dbPool } from "./db";

// Rows of a query built with Prisma.sql, run on the app's pool without going through Prisma.
// Prisma's client spends about 1.5 ms of CPU on every query, even `SELECT 1`, where pg alone
// spends 0.2 ms (measured on the bench machine). That is noise for a page's two or three
// queries and most of the cost of a search, which runs several small ones per request: search
// reads through here. Everything else should keep using `db`.

/** Timestamps without time zone hold UTC here, as Prisma reads them; pg alone would read local time. */
function parserFor(oid: number, format?: "text" | "binary") {
  if (oid === pg.types.builtins.TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
  return format === "binary" ? pg.types.getTypeParser(oid, "binary") : pg.types.getTypeParser(oid, "text");
}

const types = { getTypeParser: parserFor } as pg.CustomTypesConfig;

export async function queryRows<T extends object>(query: Prisma.Sql): Promise<T[]> {
  const result = await dbPool().query<T>({ text: query.text, values: query.values, types });
  return result.rows;
}
