// Prisma CLI config: the JS schema engine talks to PostgreSQL through the pg driver adapter,
// so migrations run without downloading Prisma's native engines.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed/index.ts" },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set (the start and test scripts set it)");
    // A short idle timeout lets the CLI exit as soon as it is done instead of waiting on the pool.
    return new PrismaPg({ connectionString, idleTimeoutMillis: 200, allowExitOnIdle: true });
  },
});
