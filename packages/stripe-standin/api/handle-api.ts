import type { IncomingMessage, ServerResponse } from "node:http";
import { catchUp } from "../billing/clock-runner";
import { StandinError } from "../core/errors";
import { parseForm, type FormObject } from "../core/form-parser";
import { sendJson } from "../core/http";
import { ID_PREFIX, newId } from "../core/ids";
import { assertIdempotencyKey, type IdempotencyCache } from "../core/idempotency";
import type { Runtime } from "../state/runtime";
import { apiRoutes } from "./index";
import { matchRoute, pathKnown } from "./route";

/** Any `sk_test_` key is accepted, as Bearer (the SDK) or as the Basic username (curl -u). */
function apiKeyFrom(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? "";
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1] ?? null;
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (basic)
    return (
      Buffer.from(basic[1] ?? "", "base64")
        .toString("utf8")
        .split(":")[0] ?? null
    );
  return null;
}

function authenticate(req: IncomingMessage): void {
  const key = apiKeyFrom(req);
  if (!key) {
    throw new StandinError(
      401,
      "invalid_request_error",
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  if (!key.startsWith("sk_test_")) {
    const masked = key.length > 8 ? `${key.slice(0, 8)}${"*".repeat(Math.max(key.length - 12, 4))}${key.slice(-4)}` : key;
    throw new StandinError(401, "invalid_request_error", `Invalid API Key provided: ${masked}`, "api_key_invalid");
  }
}

function mergeParams(query: URLSearchParams, body: string): FormObject {
  return { ...parseForm(query.toString()), ...parseForm(body) };
}

/** Serves one `/v1/...` request: auth, idempotency, routing, Stripe-shaped errors. */
export function handleApi(
  rt: Runtime,
  idempotency: IdempotencyCache,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: string,
): void {
  const requestId = newId(ID_PREFIX.request, 14);
  const method = req.method ?? "GET";
  const headers = { "request-id": requestId, "stripe-version": String(req.headers["stripe-version"] ?? "") };
  const rawKey = req.headers["idempotency-key"];
  const idemKey = method !== "GET" && typeof rawKey === "string" && rawKey ? rawKey : null;
  try {
    authenticate(req);
    if (idemKey) {
      assertIdempotencyKey(idemKey);
      const replay = idempotency.lookup(idemKey, method, url.pathname, body);
      if (replay) return sendJson(res, replay.status, replay.response, { ...headers, "idempotent-replayed": "true" });
    }
    const match = matchRoute(apiRoutes, method, url.pathname);
    if (!match) {
      const status = pathKnown(apiRoutes, url.pathname) ? 405 : 404;
      throw new StandinError(
        status,
        "invalid_request_error",
        `Unrecognized request URL (${method}: ${url.pathname}). This stand-in covers only part of Stripe's API; see stripe-standin/README.md.`,
      );
    }
    // Periods that ended while nobody advanced the clock are billed before answering.
    catchUp(rt);
    rt.request = { id: requestId, idempotency_key: idemKey };
    const result = match.route.handler({ rt, params: mergeParams(url.searchParams, body), path: match.path });
    if (method !== "GET") rt.save();
    if (idemKey) idempotency.store(idemKey, method, url.pathname, body, 200, result);
    sendJson(res, 200, result, headers);
  } catch (err) {
    if (err instanceof StandinError) return sendJson(res, err.status, err.toBody(), headers);
    const message = err instanceof Error ? err.message : String(err);
    sendJson(res, 500, { error: { type: "api_error", message: `stripe-standin internal error: ${message}` } }, headers);
  } finally {
    rt.request = null;
  }
}
