import "server-only";
import path from "node:path";
import type { Readable } from "node:stream";
import { getEnv } from "@/lib/env";
import { LocalObjectStore } from "./local-object-store";

// Uploaded and generated media (images, podcast audio) live in object storage, never on an app
// instance's own disk. The embedded default keeps objects in a folder under the data directory
// (share it between machines, or use a bucket); production can use any S3-compatible bucket.
// Callers only see this interface.

export interface ByteRange {
  /** First and last byte, inclusive. */
  start: number;
  end: number;
}

export interface ObjectInfo {
  size: number;
}

export interface ObjectStore {
  /** Stores `body` under `key`, replacing what was there; readers never see half an object. */
  put(key: string, body: Buffer | Readable, contentType: string): Promise<ObjectInfo>;
  /** Size of the object, or null when there is none (a "folder" is not an object). */
  stat(key: string): Promise<ObjectInfo | null>;
  /** The object's bytes (a range of them, if given), or null when there is none. */
  read(key: string, range?: ByteRange): Promise<Readable | null>;
  delete(key: string): Promise<void>;
}

let store: ObjectStore | undefined;

export function getObjectStore(): ObjectStore {
  store ??= new LocalObjectStore(path.resolve(getEnv().DISPATCH_DATA_DIR, "objects"));
  return store;
}
