import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { objectStoreConfig } from "@/lib/storage/object-store";

describe("which object store the configuration chooses", () => {
  it("is the local folder under the data directory without S3_BUCKET", () => {
    expect(objectStoreConfig(parseEnv({ DISPATCH_DATA_DIR: "/srv/dispatch" }))).toEqual({
      kind: "local",
      root: path.resolve("/srv/dispatch/objects"),
    });
  });

  it("is the bucket with S3_BUCKET, with its endpoint, region, credentials and addressing", () => {
    const env = parseEnv({
      S3_BUCKET: "newsroom-media",
      S3_REGION: "auto",
      S3_ENDPOINT: "https://account.r2.example.com",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(objectStoreConfig(env)).toEqual({
      kind: "s3",
      bucket: "newsroom-media",
      region: "auto",
      endpoint: "https://account.r2.example.com",
      credentials: { accessKeyId: "key", secretAccessKey: "secret" },
      forcePathStyle: true,
    });
  });

  it("leaves credentials to the SDK's default chain when none are given, and uses virtual-host addresses by default", () => {
    expect(objectStoreConfig(parseEnv({ S3_BUCKET: "b" }))).toMatchObject({
      credentials: undefined,
      forcePathStyle: false,
      region: "us-east-1",
    });
  });

  it("refuses half-given credentials and bad values with a message naming them", () => {
    expect(() => objectStoreConfig(parseEnv({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "key" }))).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => parseEnv({ S3_ENDPOINT: "ftp://x" })).toThrow(/S3_ENDPOINT/);
    expect(() => parseEnv({ S3_FORCE_PATH_STYLE: "yes" })).toThrow(/S3_FORCE_PATH_STYLE/);
  });
});
