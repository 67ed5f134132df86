import { describe, expect, it } from "vitest";
import {
  DISCOUNT_CODE_ALPHABET,
  DISCOUNT_CODE_ENTROPY_BITS,
  DISCOUNT_CODE_PATTERN,
  codeExpiresAt,
  generateDiscountCode,
  isCodeExpired,
  isWellFormedDiscountCode,
  normaliseDiscountCode,
} from "@/lib/discounts/discount-code";

describe("alphabet and format", () => {
  it("is Crockford base32 without I, L, O, U", () => {
    expect(DISCOUNT_CODE_ALPHABET).toBe("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    expect(new Set(DISCOUNT_CODE_ALPHABET).size).toBe(32);
    for (const c of "ILOU") expect(DISCOUNT_CODE_ALPHABET).not.toContain(c);
  });

  it("has 40 bits of entropy", () => {
    expect(DISCOUNT_CODE_ENTROPY_BITS).toBe(40);
  });

  it("generates EDU-XXXX-XXXX codes", () => {
    for (let i = 0; i < 100; i++) {
      const code = generateDiscountCode();
      expect(code).toMatch(/^EDU-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(code).toMatch(DISCOUNT_CODE_PATTERN);
      expect(code.slice(4)).not.toMatch(/[ILOU]/);
    }
  });
});

describe("randomness (10,000 codes)", () => {
  const N = 10_000;
  const codes = Array.from({ length: N }, generateDiscountCode);
  const bodies = codes.map((c) => c.replace(/^EDU-/, "").replace("-", ""));

  it("are unique", () => {
    // Birthday bound for 10k draws from 2^40 is ~5e-5, so a duplicate means a broken generator.
    expect(new Set(codes).size).toBe(N);
  });

  it.each(Array.from({ length: 8 }, (_, i) => i))("position %i uses the full alphabet roughly uniformly", (pos) => {
    const counts = new Map<string, number>();
    for (const body of bodies) counts.set(body[pos]!, (counts.get(body[pos]!) ?? 0) + 1);

    expect([...counts.keys()].sort().join("")).toBe(DISCOUNT_CODE_ALPHABET);

    // Chi-square, 31 degrees of freedom: mean 31, P(> 80) is about 1e-6, while a
    // generator using half the alphabet or a modulo-biased mapping scores in the
    // hundreds or thousands.
    const expected = N / DISCOUNT_CODE_ALPHABET.length;
    const chiSquare = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(80);
  });
});

describe("normaliseDiscountCode", () => {
  it.each([
    ["EDU-ABCD-EFGH", "EDU-ABCD-EFGH"],
    ["edu-abcd-efgh", "EDU-ABCD-EFGH"],
    ["  edu abcd efgh  ", "EDU-ABCD-EFGH"],
    ["EDUABCDEFGH", "EDU-ABCD-EFGH"],
    ["edu-abcdefgh", "EDU-ABCD-EFGH"],
    ["EDU--ABCD--EFGH", "EDU-ABCD-EFGH"],
    ["edu-0123-4567", "EDU-0123-4567"],
    // Crockford decoding: look-alike letters read as digits
    ["edu-oil0-abcd", "EDU-0110-ABCD"],
  ])("%j -> %j", (input, expected) => {
    expect(normaliseDiscountCode(input)).toBe(expected);
    expect(isWellFormedDiscountCode(input)).toBe(true);
  });

  it.each([
    "",
    "EDU",
    "EDU-ABCD-EFG",
    "EDU-ABCD-EFGHJ",
    "EDU-ABCU-EFGH", // U is not in the alphabet and has no look-alike mapping
    "ABC-ABCD-EFGH",
    "ABCD-EFGH",
    "EDU-AB_D-EFGH",
    "EDU-ABCD-EFG!",
    `EDU-${"A".repeat(100)}`,
  ])("%j is not a code", (input) => {
    expect(normaliseDiscountCode(input)).toBeNull();
    expect(isWellFormedDiscountCode(input)).toBe(false);
  });

  it("round-trips generated codes through user-style mangling", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateDiscountCode();
      expect(normaliseDiscountCode(code)).toBe(code);
      expect(normaliseDiscountCode(code.toLowerCase())).toBe(code);
      expect(normaliseDiscountCode(code.replaceAll("-", ""))).toBe(code);
      expect(normaliseDiscountCode(code.replaceAll("-", " "))).toBe(code);
    }
  });
});

describe("expiry", () => {
  const issuedAt = new Date("2026-03-01T12:00:00.000Z");

  it("expires a whole number of 24-hour days after issue", () => {
    expect(codeExpiresAt(issuedAt, 30).toISOString()).toBe("2026-03-31T12:00:00.000Z");
  });

  it("is valid up to, but not including, the expiry instant", () => {
    const expiresAt = codeExpiresAt(issuedAt, 30);
    expect(isCodeExpired(issuedAt, issuedAt, 30)).toBe(false);
    expect(isCodeExpired(issuedAt, new Date(expiresAt.getTime() - 1), 30)).toBe(false);
    expect(isCodeExpired(issuedAt, expiresAt, 30)).toBe(true);
    expect(isCodeExpired(issuedAt, new Date(expiresAt.getTime() + 1), 30)).toBe(true);
  });

  it("is not affected by a DST change inside the validity window", () => {
    // US clocks go forward on 8 March 2026 and Europe's on 29 March. Validity is counted in
    // elapsed time, not wall-clock days (the unit suite also runs in America/New_York).
    const expiresAt = codeExpiresAt(new Date("2026-03-05T00:00:00.000Z"), 28);
    expect(expiresAt.getTime() - Date.parse("2026-03-05T00:00:00.000Z")).toBe(28 * 24 * 60 * 60 * 1000);
  });

  it("rejects nonsensical input", () => {
    expect(() => codeExpiresAt(issuedAt, 0)).toThrow(RangeError);
    expect(() => codeExpiresAt(issuedAt, -1)).toThrow(RangeError);
    expect(() => codeExpiresAt(issuedAt, Number.NaN)).toThrow(RangeError);
    expect(() => codeExpiresAt(new Date("nope"), 30)).toThrow(RangeError);
    expect(() => isCodeExpired(issuedAt, new Date("nope"), 30)).toThrow(RangeError);
  });
});
