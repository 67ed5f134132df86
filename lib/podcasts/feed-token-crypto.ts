import crypto from "node:crypto";

// Private feed tokens: 256 random bits in the address. The database finds a token by its
// SHA-256 and keeps the token itself only encrypted (AES-256-GCM, key derived from the app
// secret), so a copy of the database alone opens no feed, while /account can still show the
// address whenever the reader comes back to copy it, as podcast services do. Pure.

/** 32 bytes in base64url: 43 characters. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashFeedToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

function keyFrom(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, "", "dispatch podcast feed token", 32));
}

export function sealFeedToken(token: string, secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const sealed = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The token, or null when it was sealed with another secret (the app secret was changed). */
export function openFeedToken(sealed: string, secret: string): string | null {
  const bytes = Buffer.from(sealed, "base64url");
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", keyFrom(secret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
