import crypto from "node:crypto";
import pg from "pg";
import { E2E } from "./e2e-env";

// Test fixtures write straight to the e2e database (the app has no back doors for tests).

let pool: pg.Pool | undefined;

export function e2eDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: E2E.databaseUrl, max: 2 });
  return pool;
}

export async function createReader(options: { email?: string; role?: "READER" | "EDITOR" | "ADMIN" } = {}, db = e2eDb()) {
  const id = crypto.randomUUID();
  const email = options.email ?? `reader-${id.slice(0, 8)}@example.org`;
  await db.query(`INSERT INTO "User" (id, email, "emailVerified", role, "updatedAt") VALUES ($1, $2, now(), $3, now())`, [
    id,
    email,
    options.role ?? "READER",
  ]);
  return { id, email };
}

/** A database session like the one next-auth creates after a magic link; returns its cookie. */
export async function createSessionCookie(userId: string, db = e2eDb(), url = E2E.appUrl) {
  const token = crypto.randomBytes(32).toString("hex");
  await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '30 days')`, [
    crypto.randomUUID(),
    token,
    userId,
  ]);
  return { name: "next-auth.session-token", value: token, url };
}

export async function giveSubscription(userId: string, status = "active", planSlug = "yearly", db = e2eDb()) {
  await db.query(
    `INSERT INTO "Subscription" (id, "userId", "planId", status, "currentPeriodEnd", "stripeSubscriptionId", "stripeCustomerId", "updatedAt")
     SELECT $1, $2, id, $3::"SubscriptionStatus", now() + interval '30 days', $4, $5, now() FROM "Plan" WHERE slug = $6`,
    [crypto.randomUUID(), userId, status, `sub_fixture_${crypto.randomUUID()}`, `cus_fixture_${userId.slice(0, 8)}`, planSlug],
  );
}

/**
 * A private podcast feed token for a reader, stored as the app stores one (its SHA-256); the
 * sealed copy, which only /account reads, is left unreadable. Returns the token for the address.
 */
export async function createFeedToken(userId: string): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await e2eDb().query(`INSERT INTO "PodcastFeedToken" (id, "userId", "tokenHash", "tokenSealed") VALUES ($1, $2, $3, 'unreadable')`, [
    crypto.randomUUID(),
    userId,
    crypto.createHash("sha256").update(token).digest("hex"),
  ]);
  return token;
}
