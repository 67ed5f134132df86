import "server-only";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

// Uploaded and generated media (podcast audio) live in object storage. The embedded default
// keeps objects on local disk under the data folder; a shared bucket driver can slot in here
// for multi-machine deployments without touching callers.

export interface StoredObject {
  size: number;
  /** Reads bytes [start, end] inclusive. */
  read(range?: { start: number; end: number }): NodeJS.ReadableStream;
}

function objectPath(key: string): string {
  const root = path.resolve(getEnv().DISPATCH_DATA_DIR, "objects");
  const resolved = path.resolve(root, key);
  // Keys come from URLs: never let one escape the storage folder.
  if (!resolved.startsWith(root + path.sep)) throw new Error(`Invalid object key: ${key}`);
  return resolved;
}

/** The object stored under `key`, or null (also for folders: `podcasts` is not an object). */
export function getObject(key: string): StoredObject | null {
  const file = objectPath(key);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  return { size: stat.size, read: (range) => fs.createReadStream(file, range) };
}

export function putObject(key: string, data: Buffer): void {
  const file = objectPath(key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  fs.writeFileSync(`${file}.partial`, data);
  fs.renameSync(`${file}.partial`, file);
}
