import type { ServerResponse } from "node:http";
import { advanceClock } from "./billing/clock-runner";
import { StandinError } from "./core/errors";
import { sendJson } from "./core/http";
import type { Runtime } from "./state/runtime";

function clockBody(rt: Runtime): { now: number; iso: string } {
  const now = rt.now();
  return { now, iso: new Date(now * 1000).toISOString() };
}

/**
 * Test hooks outside Stripe's API (no auth, like a local test clock):
 * `GET /_standin/health`, `GET /_standin/clock`, `POST /_standin/clock` with `to=<unix seconds>`.
 */
export function handleControl(rt: Runtime, method: string, url: URL, body: string, res: ServerResponse): boolean {
  if (url.pathname === "/_standin/health" && method === "GET") {
    sendJson(res, 200, { ok: true });
    return true;
  }
  if (url.pathname !== "/_standin/clock") return false;
  if (method === "GET") {
    sendJson(res, 200, clockBody(rt));
    return true;
  }
  if (method !== "POST") return false;
  const raw = new URLSearchParams(body).get("to") ?? url.searchParams.get("to");
  try {
    if (raw === null || !/^\d+$/.test(raw.trim()))
      throw new StandinError(400, "invalid_request_error", "Missing or invalid `to` (unix seconds).", "parameter_invalid", "to");
    advanceClock(rt, Number(raw));
    sendJson(res, 200, clockBody(rt));
  } catch (err) {
    if (!(err instanceof StandinError)) throw err;
    sendJson(res, err.status, err.toBody());
  }
  return true;
}
