// `npm run db:migration -- <name>` — writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the last committed prisma/schema.prisma to the working copy.
// (`prisma migrate dev` needs Prisma's native engines, which cannot be downloaded here.)
// The schema engine still wants a database to connect to, so a throwaway one is started.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";

const name = process.argv[2]?.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-migration-"));
fs.chmodSync(dataDir, 0o755);
const database = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, "postgres"),
  port: 54359 + Number(process.env.TEST_PORT_OFFSET ?? 0),
});
try {
  const committedSchema = path.join(dataDir, "committed.prisma");
  fs.writeFileSync(committedSchema, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root }));
  const sql = execFileSync(
    "node",
    [
      path.join(root, "node_modules/prisma/build/index.js"),
      "migrate",
      "diff",
      "--from-schema-datamodel",
      committedSchema,
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ],
    { cwd: root, env: { ...process.env, DATABASE_URL: database.url, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" },
  );
  if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
  }
} finally {
  await database.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
