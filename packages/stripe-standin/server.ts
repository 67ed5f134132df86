import { createServer, type Server } from "node:http";
import { handleApi } from "./api/handle-api";
import { IdempotencyCache } from "./core/idempotency";
import { readBody, sendJson } from "./core/http";
import { handlePage } from "./pages/handle-pages";
import { handleControl } from "./standin-control";
import type { Runtime } from "./state/runtime";

/**
 * One HTTP server for everything: the `/v1` API (what the SDK calls), the hosted checkout and
 * portal pages (what the browser sees), and the `/_standin` test hooks. Once a body is read, each
 * handler runs synchronously against the in-memory state, so no two requests interleave mutations.
 */
export function createStandinServer(rt: Runtime, log: (msg: string) => void): Server {
  const idempotency = new IdempotencyCache();
  return createServer((req, res) => {
    void (async () => {
      const method = req.method ?? "GET";
      const url = new URL(req.url ?? "/", "http://standin.local");
      try {
        const body = await readBody(req);
        if (url.pathname.startsWith("/v1/")) return handleApi(rt, idempotency, req, res, url, body);
        if (handleControl(rt, method, url, body, res)) return;
        if (handlePage(rt, method, url, body, res)) return;
        sendJson(res, 404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${url.pathname}).` } });
      } catch (err) {
        log(`stripe-standin: ${method} ${url.pathname} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        if (!res.headersSent) sendJson(res, 500, { error: { type: "api_error", message: "stripe-standin internal error" } });
        else res.end();
      }
    })();
  });
}
