import { describe, expect, it } from "vitest";
import { startSeconds } from "@/lib/podcasts/start-time";
import { FEED_TOKEN_PATTERN, hashFeedToken, newFeedToken, openFeedToken, sealFeedToken } from "@/lib/podcasts/feed-token-crypto";

describe("?t= on an episode page", () => {
  it("starts inside the episode, or at the beginning", () => {
    expect(startSeconds("187", 380)).toBe(187);
    expect(startSeconds("0", 380)).toBe(0);
    expect(startSeconds("45.5", 380)).toBe(45.5);
    for (const bad of ["380", "-5", "1.", ".5", "1.2345", "1e3", "abc", "", "9999999", undefined, ["10", "20"]])
      expect(startSeconds(bad, 380)).toBe(0);
  });
});

describe("private feed tokens", () => {
  it("are 256 random bits in base64url, hashed for lookup and sealed for display", () => {
    const token = newFeedToken();
    expect(token).toMatch(FEED_TOKEN_PATTERN);
    expect(newFeedToken()).not.toBe(token);
    expect(hashFeedToken(token)).toMatch(/^[0-9a-f]{64}$/);
    const sealed = sealFeedToken(token, "secret one");
    expect(sealed).not.toContain(token);
    expect(openFeedToken(sealed, "secret one")).toBe(token);
    expect(openFeedToken(sealed, "another secret")).toBeNull();
    expect(openFeedToken("garbage", "secret one")).toBeNull();
  });
});
