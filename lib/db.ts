import "server-only";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { getEnv } from "./env";

export function createDbClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One pool and one client per process, created on first use so that importing this module (e.g.
// during `next build`) needs no database. In development Next reloads modules, so keep them on
// globalThis. The pool is ours, not the adapter's, so that hot read paths can also use it
// directly (lib/db-rows.ts); idle connections don't keep a script's process alive.
const globalForDb = globalThis as unknown as { dispatchDb?: PrismaClient; dispatchPool?: pg.Pool };

/** The process's connection pool, shared by Prisma and lib/db-rows.ts. */
export function dbPool(): pg.Pool {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  globalForDb.dispatchPool ??= new pg.Pool({ connectionString: url, allowExitOnIdle: true });
  return globalForDb.dispatchPool;
}

function getClient(): PrismaClient {
  globalForDb.dispatchDb ??= new PrismaClient({ adapter: new PrismaPg(dbPool()) });
  return globalForDb.dispatchDb;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
