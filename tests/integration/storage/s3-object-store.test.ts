import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3ObjectStore } from "@/lib/storage/s3-object-store";
import { startFakeS3, type FakeS3 } from "../../support/fake-s3";

// The S3 driver against a small S3-compatible server on this machine (tests/support/fake-s3.ts):
// the requests it makes and what it does with the answers. A real bucket is not reachable
// from the test machines; the same driver talks to one when S3_BUCKET is set.

let s3: FakeS3;
let store: S3ObjectStore;

beforeAll(async () => {
  s3 = await startFakeS3();
  store = new S3ObjectStore({
    bucket: s3.bucket,
    region: "us-east-1",
    endpoint: s3.endpoint,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    forcePathStyle: true,
    partSize: 5 * 1024 * 1024,
  });
});
afterAll(() => s3.close());

describe("the S3 object store", () => {
  it("stores, describes, reads, reads a range of, and deletes an object", async () => {
    expect(await store.put("images/a.png", Buffer.from("0123456789"), "image/png")).toEqual({ size: 10 });
    expect(s3.objects.get("images/a.png")).toEqual({ body: Buffer.from("0123456789"), contentType: "image/png" });
    expect(await store.stat("images/a.png")).toEqual({ size: 10 });
    expect(await text((await store.read("images/a.png"))!)).toBe("0123456789");
    expect(await text((await store.read("images/a.png", { start: 2, end: 5 }))!)).toBe("2345");
    expect(s3.requests.at(-1)).toMatchObject({ method: "GET", path: `/${s3.bucket}/images/a.png`, range: "bytes=2-5" });
    await store.delete("images/a.png");
    expect(await store.stat("images/a.png")).toBeNull();
  });

  it("answers null for an object that is not there", async () => {
    expect(await store.stat("nothing/here.mp3")).toBeNull();
    expect(await store.read("nothing/here.mp3")).toBeNull();
  });

  it("sends a large stream as a multipart upload, in order", async () => {
    const size = 11 * 1024 * 1024 + 123;
    const body = Buffer.alloc(size, 0);
    for (let i = 0; i < size; i += 4096) body.writeUInt32BE(i, i);
    const before = s3.requests.length;
    expect(
      await store.put("podcasts/long.mp3", Readable.from([body.subarray(0, 3_000_000), body.subarray(3_000_000)]), "audio/mpeg"),
    ).toEqual({
      size,
    });
    const sent = s3.requests.slice(before);
    expect(sent.filter((r) => r.method === "PUT" && r.query.includes("partNumber"))).toHaveLength(3);
    expect(sent.some((r) => r.method === "POST" && r.query.includes("uploads"))).toBe(true);
    expect(s3.objects.get("podcasts/long.mp3")!.body.equals(body)).toBe(true);
  });
});
