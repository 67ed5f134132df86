import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";

// Rate limits for anything that sends email, on rate-limiter-flexible's PostgreSQL store, so
// every app instance sees the same counters. Each check is one atomic upsert on the "RateLimit"
// table (created by a migration); the store deletes rows an hour after they expire.
// Subjects are keys the caller has already normalised: a mailbox from normaliseMailbox(), an
// address from rateLimitAddressKey(), never raw client input.

export interface RateLimit {
  /** What is limited, e.g. "sign-in:email". */
  name: string;
  limit: number;
  windowMs: number;
}

export const SIGN_IN_PER_EMAIL: RateLimit = { name: "sign-in:email", limit: 5, windowMs: 15 * 60 * 1000 };
// Generous: a campus or office shares one address, and the per-mailbox limit protects inboxes.
export const SIGN_IN_PER_IP: RateLimit = { name: "sign-in:ip", limit: 50, windowMs: 15 * 60 * 1000 };

// One small pool and one limiter per rule, per process (kept on globalThis across dev reloads).
const globalForLimits = globalThis as unknown as { dispatchRateLimits?: { pool: pg.Pool; limiters: Map<string, RateLimiterPostgres> } };

function limiterFor(rule: RateLimit): RateLimiterPostgres {
  if (!globalForLimits.dispatchRateLimits) {
    const connectionString = getEnv().DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: rate limits live in PostgreSQL.");
    globalForLimits.dispatchRateLimits = { pool: new pg.Pool({ connectionString, max: 2 }), limiters: new Map() };
  }
  const { pool, limiters } = globalForLimits.dispatchRateLimits;
  let limiter = limiters.get(rule.name);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true,
      keyPrefix: rule.name,
      points: rule.limit,
      duration: rule.windowMs / 1000,
    });
    limiters.set(rule.name, limiter);
  }
  return limiter;
}

/** Counts one attempt for `subject`; returns false once the limit is exceeded in this window. */
export async function consumeRateLimit(rule: RateLimit, subject: string): Promise<boolean> {
  try {
    await limiterFor(rule).consume(subject);
    return true;
  } catch (error) {
    // The library rejects with a RateLimiterRes when the limit is reached, with an Error otherwise.
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
