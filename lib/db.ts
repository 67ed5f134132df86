import "server-only";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "./env";

export function createDbClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One client per process, created on first use so that importing this module (e.g. during
// `next build`) needs no database. In development Next reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { dispatchDb?: PrismaClient };

function getClient(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  globalForDb.dispatchDb ??= createDbClient(url);
  return globalForDb.dispatchDb;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
