import crypto from "node:crypto";

// The one-time link that makes the first admin (/admin/claim?token=…). Only the token's sha256 is
// stored, so someone who can read the database still cannot use the link. Pure apart from
// randomness.

/** How long a printed link works; each start prints a fresh one while there is no admin. */
export const ADMIN_CLAIM_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The path that redeems a link; also where a reader is sent back to after signing in. */
export const ADMIN_CLAIM_PATH = "/admin/claim";

/** 32 random bytes, base64url: 43 characters. Anything else is not a token we made. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createAdminClaimToken(now = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAdminClaimToken(token), expiresAt: new Date(now.getTime() + ADMIN_CLAIM_LIFETIME_MS) };
}

export function hashAdminClaimToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** The token from a request, or null when it cannot be one of ours (checked before any query). */
export function parseAdminClaimToken(value: unknown): string | null {
  return typeof value === "string" && TOKEN_PATTERN.test(value) ? value : null;
}

export function adminClaimUrl(appUrl: string, token: string): string {
  return `${appUrl}${ADMIN_CLAIM_PATH}?token=${token}`;
}
