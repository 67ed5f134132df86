import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A tiny S3-compatible HTTP server for the S3 driver's tests: path-style addresses, PUT, HEAD,
// GET (with Range), DELETE and the three calls of a multipart upload. It does not check
// signatures; it records each request so tests can see what the driver sent.

interface Upload {
  key: string;
  parts: Map<number, Buffer>;
}

export interface FakeS3 {
  endpoint: string;
  bucket: string;
  objects: Map<string, { body: Buffer; contentType: string }>;
  requests: Array<{ method: string; path: string; query: string; range?: string }>;
  close(): Promise<void>;
}

const xml = (res: http.ServerResponse, status: number, body: string) => {
  res.writeHead(status, { "Content-Type": "application/xml" });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
};

const readBody = async (req: http.IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

export async function startFakeS3(bucket = "dispatch-test"): Promise<FakeS3> {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const uploads = new Map<string, Upload>();
  const requests: FakeS3["requests"] = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const [, bucketName, ...rest] = url.pathname.split("/");
    const key = decodeURIComponent(rest.join("/"));
    const query = url.searchParams;
    requests.push({ method: req.method ?? "", path: url.pathname, query: url.search, range: req.headers.range });
    if (bucketName !== bucket) return xml(res, 404, "<Error><Code>NoSuchBucket</Code></Error>");
    const object = objects.get(key);
    if (req.method === "POST" && query.has("uploads")) {
      const uploadId = crypto.randomUUID();
      uploads.set(uploadId, { key, parts: new Map() });
      return xml(
        res,
        200,
        `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`,
      );
    }
    if (req.method === "PUT" && query.has("uploadId")) {
      uploads.get(query.get("uploadId")!)!.parts.set(Number(query.get("partNumber")), await readBody(req));
      res.writeHead(200, { ETag: `"part-${query.get("partNumber")}"` });
      return res.end();
    }
    if (req.method === "POST" && query.has("uploadId")) {
      await readBody(req);
      const upload = uploads.get(query.get("uploadId")!)!;
      const body = Buffer.concat([...upload.parts.entries()].sort(([a], [b]) => a - b).map(([, part]) => part));
      objects.set(upload.key, { body, contentType: "application/octet-stream" });
      return xml(
        res,
        200,
        `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"done"</ETag></CompleteMultipartUploadResult>`,
      );
    }
    if (req.method === "PUT") {
      objects.set(key, { body: await readBody(req), contentType: req.headers["content-type"] ?? "" });
      res.writeHead(200, { ETag: '"etag"' });
      return res.end();
    }
    if (req.method === "DELETE") {
      objects.delete(key);
      res.writeHead(204);
      return res.end();
    }
    if (!object) {
      if (req.method === "HEAD") {
        res.writeHead(404);
        return res.end();
      }
      return xml(res, 404, `<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`);
    }
    const match = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? "");
    const [start, end] = match ? [Number(match[1]), Math.min(Number(match[2]), object.body.length - 1)] : [0, object.body.length - 1];
    const headers = { "Content-Type": object.contentType, "Content-Length": String(end - start + 1), ETag: '"etag"' };
    if (req.method === "HEAD") {
      res.writeHead(200, { ...headers, "Content-Length": String(object.body.length) });
      return res.end();
    }
    res.writeHead(match ? 206 : 200, match ? { ...headers, "Content-Range": `bytes ${start}-${end}/${object.body.length}` } : headers);
    res.end(object.body.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    objects,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
