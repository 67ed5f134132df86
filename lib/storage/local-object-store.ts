import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ByteRange, ObjectInfo, ObjectStore } from "./object-store";

/** Objects as files under one folder (the embedded default, or a folder shared by machines). */
export class LocalObjectStore implements ObjectStore {
  constructor(private readonly root: string) {}

  private fileOf(key: string): string {
    const resolved = path.resolve(this.root, key);
    // Keys come from URLs and uploads: never let one escape the storage folder.
    if (!resolved.startsWith(this.root + path.sep)) throw new Error(`Invalid object key: ${key}`);
    return resolved;
  }

  async put(key: string, body: Buffer | Readable): Promise<ObjectInfo> {
    const file = this.fileOf(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    // Write to a temporary name, then rename: a reader never sees half a file.
    const partial = `${file}.${crypto.randomUUID()}.partial`;
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, fs.createWriteStream(partial));
      await fs.promises.rename(partial, file);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
    return { size: (await fs.promises.stat(file)).size };
  }

  async stat(key: string): Promise<ObjectInfo | null> {
    const stat = await fs.promises.stat(this.fileOf(key)).catch(() => null);
    return stat?.isFile() ? { size: stat.size } : null;
  }

  async read(key: string, range?: ByteRange): Promise<Readable | null> {
    if (!(await this.stat(key))) return null;
    return fs.createReadStream(this.fileOf(key), range);
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.fileOf(key), { force: true });
  }
}
