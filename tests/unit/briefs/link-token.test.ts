import { describe, expect, it } from "vitest";
import { signLinkToken, verifyLinkToken } from "@/lib/briefs/link-token";

const SECRET = "test-secret-of-reasonable-length";

describe("brief link tokens", () => {
  it("round-trips the subject for the purpose it was made for", () => {
    const token = signLinkToken("brief-unsubscribe", "user-1", SECRET);
    expect(token).toMatch(/^[\w-]+\.[\w-]{43}$/);
    expect(verifyLinkToken(token, "brief-unsubscribe", SECRET)).toBe("user-1");
  });

  it("refuses a token made for another purpose, with another secret, or changed in any way", () => {
    const token = signLinkToken("brief-view", "user-1", SECRET);
    expect(verifyLinkToken(token, "brief-unsubscribe", SECRET)).toBeNull();
    expect(verifyLinkToken(token, "brief-view", "another-secret")).toBeNull();
    const [subject, signature] = token.split(".") as [string, string];
    // Another reader's id under this reader's signature.
    expect(verifyLinkToken(`${Buffer.from("user-2").toString("base64url")}.${signature}`, "brief-view", SECRET)).toBeNull();
    // One character of the signature flipped.
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    expect(verifyLinkToken(`${subject}.${flipped}`, "brief-view", SECRET)).toBeNull();
  });

  it.each([undefined, null, 42, ["a.b"], "", ".", "abc", "a.b.c", "x".repeat(600), "dXNlcg.tooshort", "dXNlcg.%00%00"])(
    "treats %j as no token",
    (token) => {
      expect(verifyLinkToken(token, "brief-unsubscribe", SECRET)).toBeNull();
    },
  );
});
