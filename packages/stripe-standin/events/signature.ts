import { createHmac } from "node:crypto";

/**
 * Builds a `Stripe-Signature` header the way Stripe does: `t=<unix>,v1=<hex HMAC-SHA256 of
 * "<t>.<payload>" keyed by the endpoint secret>`. The timestamp is *real* time, not the
 * stand-in clock, because `constructEvent` rejects signatures older than its tolerance
 * (5 minutes) measured against the receiver's wall clock.
 */
export function signPayload(payload: string, secret: string, timestampSeconds = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac("sha256", secret).update(`${timestampSeconds}.${payload}`, "utf8").digest("hex");
  return `t=${timestampSeconds},v1=${v1}`;
}
