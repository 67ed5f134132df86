import { describe, expect, it } from "vitest";
import {
  ADMIN_CLAIM_LIFETIME_MS,
  adminClaimUrl,
  createAdminClaimToken,
  hashAdminClaimToken,
  parseAdminClaimToken,
} from "@/lib/people/admin-claim-token";

describe("admin claim tokens", () => {
  it("are random, stored only as their hash, and expire after the lifetime", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const a = createAdminClaimToken(now);
    const b = createAdminClaimToken(now);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashAdminClaimToken(a.token));
    expect(a.tokenHash).not.toContain(a.token);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.expiresAt.getTime() - now.getTime()).toBe(ADMIN_CLAIM_LIFETIME_MS);
  });

  it("are recognised only in the shape we make them (before any query)", () => {
    const { token } = createAdminClaimToken();
    expect(parseAdminClaimToken(token)).toBe(token);
    for (const bad of [undefined, null, "", "short", `${token}x`, token.replace(/.$/, "="), "a".repeat(42) + "/", ["x"]])
      expect(parseAdminClaimToken(bad)).toBeNull();
  });

  it("make a link to the claim route on the site", () => {
    expect(adminClaimUrl("https://news.example.org", "abc")).toBe("https://news.example.org/admin/claim?token=abc");
  });
});
