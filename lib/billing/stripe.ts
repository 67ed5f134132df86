import "server-only";
import Stripe from "stripe";
import { getEnv } from "@/lib/env";

// The one Stripe client. With STRIPE_API_BASE set (the embedded default and the tests) the
// official SDK talks to the local stand-in; otherwise to Stripe itself. No other difference.

let client: Stripe | undefined;

export function getStripe(): Stripe {
  const { STRIPE_SECRET_KEY, STRIPE_API_BASE } = getEnv();
  if (!STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set: `npm start` starts a local Stripe stand-in when it is missing.");
  if (!client) {
    const base = STRIPE_API_BASE ? new URL(STRIPE_API_BASE) : undefined;
    client = new Stripe(STRIPE_SECRET_KEY, {
      appInfo: { name: "Dispatch" },
      // A Stripe that accepts the connection and never answers would otherwise hold the reader
      // for the SDK's default 80 s per attempt. Timeouts are retried like other connection
      // errors (safely: the SDK sends an idempotency key), so a reader waits 2 × 10 s at most
      // before "Payments are unavailable"; errors that come back at once still get the retry.
      timeout: 10_000,
      maxNetworkRetries: 1,
      ...(base ? { host: base.hostname, port: Number(base.port), protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
    });
  }
  return client;
}

/** Stripe's answer for an id it does not have (or no longer has). */
export function isMissingAtStripe(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeError && error.code === "resource_missing";
}

/** The id of an expandable field, whether Stripe sent the id or the object. */
export const idOf = (value: string | { id: string }): string => (typeof value === "string" ? value : value.id);

/** Stripe could not be reached or failed on its side (after the SDK's retries): worth trying again later. */
export function isStripeUnavailable(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeConnectionError || (error instanceof Stripe.errors.StripeError && (error.statusCode ?? 0) >= 500)
  );
}
