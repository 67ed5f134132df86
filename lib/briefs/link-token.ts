import crypto from "node:crypto";

// Signed tokens in the Daily Brief's links, so a reader can unsubscribe (RFC 8058 one-click,
// from a mail client that never signs in) or open the email in a browser without signing in.
// A token names its purpose and its subject (the reader, and for viewing the brief), and carries
// an HMAC-SHA256 over both, so a token made for one purpose or reader is worthless for another.
// Nothing is stored: the secret is the only state. Pure apart from the hashing (and a cache of derived keys).

export type LinkPurpose = "brief-unsubscribe" | "brief-view";

const derivedKeys = new Map<string, Buffer>();

/**
 * Keys for the two purposes are derived from one secret, so neither can stand in for the other.
 * Derived once per secret and purpose: the brief's sender signs three links per message.
 */
function keyFor(secret: string, purpose: LinkPurpose): Buffer {
  const id = `${purpose}:${secret}`;
  let key = derivedKeys.get(id);
  if (!key) derivedKeys.set(id, (key = Buffer.from(crypto.hkdfSync("sha256", secret, "dispatch-link-tokens", purpose, 32))));
  return key;
}

function signature(secret: string, purpose: LinkPurpose, subject: string): Buffer {
  return crypto.createHmac("sha256", keyFor(secret, purpose)).update(subject).digest();
}

/** A URL-safe token: the subject, a dot, the signature. */
export function signLinkToken(purpose: LinkPurpose, subject: string, secret: string): string {
  return `${Buffer.from(subject).toString("base64url")}.${signature(secret, purpose, subject).toString("base64url")}`;
}

/** The token's subject when it is genuine and made for `purpose`; null for anything else. */
export function verifyLinkToken(token: unknown, purpose: LinkPurpose, secret: string): string | null {
  if (typeof token !== "string" || token.length > 512) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const subject = Buffer.from(match[1]!, "base64url").toString();
  const given = Buffer.from(match[2]!, "base64url");
  const expected = signature(secret, purpose, subject);
  // Constant time: how much of a forged signature matches must not show in the response time.
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? subject : null;
}

/** The subject of a view token: the reader and the brief they may read through it. */
export const viewSubject = (userId: string, briefId: string) => `${userId}:${briefId}`;
