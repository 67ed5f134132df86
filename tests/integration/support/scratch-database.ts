import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

// A fresh database on the run's PostgreSQL server, for tests that need a database of their own
// (an empty one, or one at an older migration). Migrations are applied by running their SQL,
// in order, optionally stopping before a given one.

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/migrations");

export function migrationNames(): string[] {
  return fs
    .readdirSync(MIGRATIONS)
    .filter((name) => fs.statSync(path.join(MIGRATIONS, name)).isDirectory())
    .sort();
}

export async function applyMigration(client: pg.Client, name: string): Promise<void> {
  await client.query(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
}

export interface ScratchDatabase {
  url: string;
  client: pg.Client;
  drop(): Promise<void>;
}

export async function createScratchDatabase(options: { before?: string } = {}): Promise<ScratchDatabase> {
  const serverUrl = new URL(inject("databaseUrl"));
  const name = `scratch_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  for (const migration of migrationNames()) {
    if (options.before && migration >= options.before) break;
    await applyMigration(client, migration);
  }
  return {
    url: url.href,
    client,
    async drop() {
      await client.end();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
