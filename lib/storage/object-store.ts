import "server-only";
import path from "node:path";
import type { Readable } from "node:stream";
import { getEnv, type Env } from "@/lib/env";
import { LocalObjectStore } from "./local-object-store";
import { S3ObjectStore, type S3StoreOptions } from "./s3-object-store";

// Uploaded and generated media (images, podcast audio) live in object storage, never on an app
// instance's own disk. The embedded default keeps objects in a folder under the data directory
// (share it between machines, or use a bucket); with S3_BUCKET set, any S3-compatible bucket.
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

export type ObjectStoreConfig = { kind: "local"; root: string } | ({ kind: "s3" } & S3StoreOptions);

/** Which store the configuration asks for. Pure; throws on half-given credentials. */
export function objectStoreConfig(env: Env): ObjectStoreConfig {
  if (!env.S3_BUCKET) return { kind: "local", root: path.resolve(env.DISPATCH_DATA_DIR, "objects") };
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error("Invalid configuration: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither");
  }
  return {
    kind: "s3",
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

export function createObjectStore(config: ObjectStoreConfig): ObjectStore {
  if (config.kind === "local") return new LocalObjectStore(config.root);
  const { kind: _kind, ...options } = config;
  return new S3ObjectStore(options);
}

let store: ObjectStore | undefined;

export function getObjectStore(): ObjectStore {
  store ??= createObjectStore(objectStoreConfig(getEnv()));
  return store;
}
