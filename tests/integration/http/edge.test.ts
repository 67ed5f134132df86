import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEdgeHandler, type EdgeOptions } from "@/lib/http/edge";

// The server's edge (lib/http/edge.ts) over real sockets, in front of a stand-in for Next.js
// that reports the request headers it was handed.

type Seen = Record<string, string | string[] | undefined>;

async function startEdge(options: Partial<EdgeOptions> = {}) {
  const server = http.createServer(
    createEdgeHandler(
      { appUrl: "http://localhost:3000", trustedHops: 0, formTargets: ["http://127.0.0.1:12111"], development: false, ...options },
      async (req, res) => {
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify(req.headers));
      },
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Sends a raw HTTP/1.1 request (so nothing normalises the target) and returns status, headers, body. */
function raw(port: number, request: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(request));
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("end", () => {
      const [head = "", body = ""] = data.split("\r\n\r\n");
      resolve({ status: Number(head.split(" ")[1]), head, body });
    });
    socket.on("error", reject);
  });
}

describe("the edge, as the app faces the internet (TRUST_PROXY=0)", () => {
  let edge: Awaited<ReturnType<typeof startEdge>>;
  beforeAll(async () => (edge = await startEdge()));
  afterAll(() => edge.close());

  it("resolves the client from the socket and drops forged forwarding headers", async () => {
    const response = await fetch(`${edge.url}/`, {
      headers: {
        "X-Forwarded-For": "203.0.113.9",
        "X-Real-IP": "203.0.113.9",
        Forwarded: "for=203.0.113.9",
        "X-Dispatch-Client-Ip": "203.0.113.9",
      },
    });
    const seen = (await response.json()) as Seen;
    expect(seen["x-dispatch-client-ip"]).toBe("127.0.0.1");
    for (const name of ["x-forwarded-for", "x-real-ip", "forwarded", "x-forwarded-host", "x-forwarded-proto"])
      expect(seen[name]).toBeUndefined();
  });

  it("hands Next.js the nonce of the CSP it sends, fresh for each request", async () => {
    const first = await fetch(`${edge.url}/`);
    const second = await fetch(`${edge.url}/`);
    const csp = first.headers.get("content-security-policy")!;
    expect(((await first.json()) as Seen)["content-security-policy"]).toBe(csp);
    expect(csp).not.toBe(second.headers.get("content-security-policy"));
    expect(csp).toContain("form-action 'self' http://127.0.0.1:12111");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("sends no HSTS over plain HTTP, even when a client claims HTTPS", async () => {
    const response = await fetch(`${edge.url}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
  });

  it.each([
    ["a NUL byte in the path", "GET /subscribe/%00 HTTP/1.1", 400],
    ["invalid UTF-8 in the path", "GET /articles/%C0%AF HTTP/1.1", 400],
    ["a broken escape", "GET /articles/%E2%80 HTTP/1.1", 400],
    ["a raw control character", "GET /articles/%0A HTTP/1.1", 400],
    ["a NUL byte in the query", "GET /articles?page=%00 HTTP/1.1", 400],
    ["an absolute-form target", "GET http://evil.example/ HTTP/1.1", 400],
    ["PUT", "PUT / HTTP/1.1", 405],
    ["DELETE", "DELETE /account HTTP/1.1", 405],
  ])("answers %s with a clear %i", async (_label, line, status) => {
    const response = await raw(edge.port, `${line}\r\nHost: localhost:3000\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(response.status).toBe(status);
    expect(response.body.trim().length).toBeGreaterThan(5);
    expect(response.head).toMatch(/content-security-policy/i);
  });

  it("refuses bodies over 1 MB and bodies without a length", async () => {
    const big = await fetch(`${edge.url}/signin`, {
      method: "POST",
      body: "x".repeat(1024 * 1024 + 1),
      headers: { Origin: "http://localhost:3000" },
    });
    expect(big.status).toBe(413);
    const chunked = await raw(
      edge.port,
      "POST /signin HTTP/1.1\r\nHost: localhost:3000\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    );
    expect(chunked.status).toBe(411);
  });

  it("refuses posts from other sites, and lets servers (no Origin) and this site through", async () => {
    const post = (headers: Record<string, string>) => fetch(`${edge.url}/signin`, { method: "POST", body: "a=1", headers });
    expect((await post({ Origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ Origin: "null" })).status).toBe(403);
    expect((await post({ "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect((await post({ Origin: "http://localhost:3000" })).status).toBe(200);
    expect((await post({ Origin: edge.url })).status).toBe(200);
    expect((await post({})).status).toBe(200);
    expect((await fetch(`${edge.url}/`, { headers: { Origin: "https://evil.example" } })).status).toBe(200);
  });
});

describe("the edge behind one trusted proxy (TRUST_PROXY=1)", () => {
  let edge: Awaited<ReturnType<typeof startEdge>>;
  beforeAll(async () => (edge = await startEdge({ trustedHops: 1 })));
  afterAll(() => edge.close());

  it("takes the address the proxy appended, not the ones the client wrote", async () => {
    const response = await fetch(`${edge.url}/`, { headers: { "X-Forwarded-For": "198.51.100.7, 203.0.113.9" } });
    expect(((await response.json()) as Seen)["x-dispatch-client-ip"]).toBe("203.0.113.9");
  });

  it("sends HSTS when the proxy says the request came over HTTPS", async () => {
    const response = await fetch(`${edge.url}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});

describe("the edge of a site on HTTPS", () => {
  it("always sends HSTS", async () => {
    const edge = await startEdge({ appUrl: "https://news.example" });
    expect((await fetch(`${edge.url}/`)).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    await edge.close();
  });
});
