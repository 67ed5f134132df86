// The embedded database of `npm start`: what a newcomer sees when a first start was cut short
// or when a port is taken.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { TEST_PORTS } from "@/tests/support/test-ports";

const parent = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-startup-"));
// As root the server runs as the `postgres` user, which must reach the data folder.
fs.chmodSync(parent, 0o755);
const port = TEST_PORTS.startupPostgres;
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  it("creates the app's database again when a first start stopped before creating it", async () => {
    const dataDir = path.join(parent, "data", "postgres");
    const first = await startEmbeddedPostgres({ dataDir, port });
    // What a first start killed between creating the cluster and the database leaves behind.
    await query(first.url.replace(/\/dispatch$/, "/postgres"), "drop database dispatch");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await query(second.url, "select current_database() as name")).toEqual([{ name: "dispatch" }]);
    } finally {
      await second.stop();
    }
  });

  it("names the port and the setting to change when the port is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      await expect(startEmbeddedPostgres({ dataDir: path.join(parent, "other", "postgres"), port })).rejects.toThrow(
        `port ${port} (embedded PostgreSQL) is already in use — is another Dispatch running? Stop it, or set EMBEDDED_PG_PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  });
});
