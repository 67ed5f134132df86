import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureJobQueues } from "../../lib/jobs/setup";
import { run } from "./run";

// Applies committed migrations with `prisma migrate deploy`. The CLI takes ~10 s to exit
// through the driver adapter, so skip it when the database already has every migration.
async function pendingMigrations(databaseUrl: string, migrationsDir: string): Promise<string[]> {
  const wanted = fs.readdirSync(migrationsDir).filter((name) => fs.statSync(path.join(migrationsDir, name)).isDirectory());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS name");
    if (!table.rows[0]?.name) return wanted;
    const applied = await client.query(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((row: { migration_name: string }) => row.migration_name));
    return wanted.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

/** Applies Prisma's migrations, then creates the job queue's schema and queues. */
export async function migrateDatabase(root: string, databaseUrl: string): Promise<void> {
  const pending = await pendingMigrations(databaseUrl, path.join(root, "prisma", "migrations"));
  if (pending.length > 0) await applyMigrations(root, databaseUrl);
  // Before any app instance starts: a job can only be enqueued into an existing queue.
  await ensureJobQueues(databaseUrl);
}

async function applyMigrations(root: string, databaseUrl: string): Promise<void> {
  await run("node", [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    cwd: root,
    env: { DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
