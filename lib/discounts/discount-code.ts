/**
 * Personal academic discount codes: `EDU-XXXX-XXXX`.
 *
 * The alphabet is Crockford's base32 (digits + letters without I, L, O, U): no
 * characters that look alike when read out of an email or typed from a phone, and
 * no U so random codes can't spell common obscenities.
 */
import { randomInt } from "node:crypto";

export const DISCOUNT_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const DISCOUNT_CODE_PREFIX = "EDU";
const GROUP_LENGTH = 4;
const GROUP_COUNT = 2;
const RANDOM_LENGTH = GROUP_LENGTH * GROUP_COUNT;

/**
 * 8 characters × 5 bits = 40 bits (~1.1 trillion codes). Enough because guessing
 * a code alone gains nothing: a code is bound to one Stripe customer and can be
 * redeemed once, and redemption attempts are rate limited, so an attacker can
 * neither use someone else's code nor enumerate a meaningful share of the space.
 */
export const DISCOUNT_CODE_ENTROPY_BITS = RANDOM_LENGTH * Math.log2(DISCOUNT_CODE_ALPHABET.length);

/** Canonical form, as stored and shown. */
export const DISCOUNT_CODE_PATTERN = /^EDU-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

// Crockford's decoding rule: the excluded letters are read as the digits they look
// like, so a user who types "O" for "0" still gets a match. U stays invalid.
const CONFUSABLES: Record<string, string> = { O: "0", I: "1", L: "1" };

export function generateDiscountCode(): string {
  let body = "";
  for (let i = 0; i < RANDOM_LENGTH; i++) {
    // randomInt uses rejection sampling, so every character is exactly uniform
    // (unlike `byte % 32` style tricks on other alphabet sizes).
    body += DISCOUNT_CODE_ALPHABET[randomInt(DISCOUNT_CODE_ALPHABET.length)];
  }
  return format(body);
}

/**
 * Accepts what users actually type — any case, spaces, missing or extra dashes
 * ("edu abcd efgh", "EDUABCDEFGH") — and returns the canonical `EDU-XXXX-XXXX`,
 * or null if it can't be a code.
 */
export function normaliseDiscountCode(s: string): string | null {
  if (typeof s !== "string" || s.length > 64) return null;
  const compact = s.toUpperCase().replace(/[\s-]+/g, "");
  if (!compact.startsWith(DISCOUNT_CODE_PREFIX)) return null;
  const body = [...compact.slice(DISCOUNT_CODE_PREFIX.length)].map((c) => CONFUSABLES[c] ?? c).join("");
  if (body.length !== RANDOM_LENGTH) return null;
  const code = format(body);
  return DISCOUNT_CODE_PATTERN.test(code) ? code : null;
}

export function isWellFormedDiscountCode(s: string): boolean {
  return normaliseDiscountCode(s) !== null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Validity is counted in 24-hour periods from issue, so time zones and DST don't matter. */
export function codeExpiresAt(issuedAt: Date, validityDays: number): Date {
  if (Number.isNaN(issuedAt.getTime())) throw new RangeError("issuedAt is not a valid date");
  if (!Number.isFinite(validityDays) || validityDays <= 0) {
    throw new RangeError(`validityDays must be a positive number, got ${validityDays}`);
  }
  return new Date(issuedAt.getTime() + validityDays * DAY_MS);
}

/** A code is usable on [issuedAt, expiresAt): at the exact expiry instant it is already expired. */
export function isCodeExpired(issuedAt: Date, now: Date, validityDays: number): boolean {
  if (Number.isNaN(now.getTime())) throw new RangeError("now is not a valid date");
  return now.getTime() >= codeExpiresAt(issuedAt, validityDays).getTime();
}

function format(body: string): string {
  return `${DISCOUNT_CODE_PREFIX}-${body.slice(0, GROUP_LENGTH)}-${body.slice(GROUP_LENGTH)}`;
}
