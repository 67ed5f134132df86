import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hasRole, roleForSignIn } from "@/lib/auth/roles";
import { hashVerificationToken } from "@/lib/auth/magic-link";

describe("hasRole", () => {
  it.each([
    ["READER", "READER", true],
    ["READER", "EDITOR", false],
    ["READER", "ADMIN", false],
    ["EDITOR", "EDITOR", true],
    ["EDITOR", "ADMIN", false],
    ["ADMIN", "EDITOR", true],
    ["ADMIN", "ADMIN", true],
  ] as const)("%s needing %s → %s", (role, required, expected) => {
    expect(hasRole(role, required)).toBe(expected);
  });
});

describe("roleForSignIn", () => {
  it("promotes listed admin addresses, case-insensitively, and leaves others alone", () => {
    expect(roleForSignIn("READER", "Ed@Example.org", ["ed@example.org"])).toBe("ADMIN");
    expect(roleForSignIn("EDITOR", "someone@example.org", ["ed@example.org"])).toBe("EDITOR");
  });
});

describe("hashVerificationToken", () => {
  it("matches next-auth's sha256(token + secret) and depends on the secret", () => {
    // sha256("abcs"), as next-auth's callback computes it for token "abc" and secret "s".
    expect(hashVerificationToken("abc", "s")).toBe(createHash("sha256").update("abcs").digest("hex"));
    expect(hashVerificationToken("abc", "s")).not.toBe(hashVerificationToken("abc", "t"));
    expect(hashVerificationToken("abc", "s")).toMatch(/^[0-9a-f]{64}$/);
  });
});
