import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../scripts/lib/embedded-postgres";
import { migrateDatabase } from "../../scripts/lib/migrate";

// A real, throwaway PostgreSQL for one test run: embedded server in a temp folder, migrated
// from empty with the committed migrations.

export async function startTestDatabase(port: number): Promise<EmbeddedDatabase & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-test-"));
  fs.chmodSync(dataDir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port });
  await migrateDatabase(path.resolve(import.meta.dirname, "../.."), database.url);
  return {
    dataDir,
    url: database.url,
    async stop() {
      await database.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Refuses to touch anything but a database on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host))
    throw new Error(`Integration tests only run against a local database, not ${host}`);
}
