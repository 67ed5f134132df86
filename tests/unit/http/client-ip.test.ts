import { describe, expect, it } from "vitest";
import { rateLimitAddressKey, resolveClientIp } from "@/lib/http/client-ip";

describe("resolveClientIp", () => {
  it("believes only the socket when no proxy is trusted", () => {
    expect(resolveClientIp("192.0.2.10", "203.0.113.9", 0)).toBe("192.0.2.10");
    expect(resolveClientIp("::ffff:192.0.2.10", undefined, 0)).toBe("192.0.2.10");
    expect(resolveClientIp("2001:db8::1", "203.0.113.9", 0)).toBe("2001:db8::1");
  });

  it("counts trusted hops from the right, ignoring what the client prepended", () => {
    // client (forged 198.51.100.7) → proxy A (appends 203.0.113.9) → proxy B (appends A's 10.0.0.2) → app
    const chain = "198.51.100.7, 203.0.113.9, 10.0.0.2";
    expect(resolveClientIp("10.0.0.3", chain, 1)).toBe("10.0.0.2");
    expect(resolveClientIp("10.0.0.3", chain, 2)).toBe("203.0.113.9");
    expect(resolveClientIp("10.0.0.3", "203.0.113.9", 5)).toBe("203.0.113.9");
  });

  it("answers 'unknown' rather than trusting garbage", () => {
    expect(resolveClientIp(undefined, undefined, 0)).toBe("unknown");
    expect(resolveClientIp("10.0.0.3", "not-an-ip", 1)).toBe("unknown");
  });
});

describe("rateLimitAddressKey", () => {
  it("keeps IPv4 and groups IPv6 by /64", () => {
    expect(rateLimitAddressKey("192.0.2.10")).toBe("192.0.2.10");
    expect(rateLimitAddressKey("2001:db8:0:1:aaaa::1")).toBe("2001:db8:0:1::/64");
    expect(rateLimitAddressKey("2001:db8:0:1:bbbb:cccc:dddd:eeee")).toBe("2001:db8:0:1::/64");
    expect(rateLimitAddressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitAddressKey("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitAddressKey("unknown")).toBe("unknown");
  });
});
