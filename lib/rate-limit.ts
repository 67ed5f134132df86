import "server-only";
import { db } from "@/lib/db";

// Rate limits for anything that sends email. Counters live in PostgreSQL so every app
// instance sees the same numbers; a fixed window keeps it one atomic upsert per check.

export interface RateLimit {
  /** What is limited, e.g. "sign-in:email". */
  name: string;
  limit: number;
  windowMs: number;
}

export const SIGN_IN_PER_EMAIL: RateLimit = { name: "sign-in:email", limit: 5, windowMs: 15 * 60 * 1000 };
export const SIGN_IN_PER_IP: RateLimit = { name: "sign-in:ip", limit: 20, windowMs: 15 * 60 * 1000 };

export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts one attempt for `subject`; returns false once the limit is exceeded in this window. */
export async function consumeRateLimit(rule: RateLimit, subject: string, now = new Date()): Promise<boolean> {
  const key = `${rule.name}:${subject}`;
  const start = windowStart(now, rule.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0) <= rule.limit;
}
