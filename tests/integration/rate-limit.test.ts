import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { requestSignIn } from "@/lib/auth/sign-in";
import { consumeRateLimit, SIGN_IN_PER_EMAIL } from "@/lib/rate-limit";
import { runDueJobs, stopJobs } from "../support/jobs";

afterAll(async () => {
  // Send what the tests queued (to the run's outbox), so no other test file receives it.
  await runDueJobs();
  await stopJobs();
  await db.$disconnect();
});
afterEach(() => vi.useRealTimers());

const rule = { name: "test", limit: 5, windowMs: 15 * 60 * 1000 };

describe("consumeRateLimit", () => {
  it("allows five requests per window and refuses the sixth", async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await consumeRateLimit(rule, "a@example.org"));
    expect(results).toEqual([true, true, true, true, true, false]);
  });

  it("counts subjects separately and starts afresh when the window has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    for (let i = 0; i < 6; i++) await consumeRateLimit(rule, "d@example.org");
    expect(await consumeRateLimit(rule, "d@example.org")).toBe(false);
    expect(await consumeRateLimit(rule, "b@example.org")).toBe(true);
    vi.setSystemTime(Date.now() + rule.windowMs + 1000);
    expect(await consumeRateLimit(rule, "d@example.org")).toBe(true);
  });

  it("holds under concurrent requests from several app instances", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit(rule, "c@example.org")));
    expect(results.filter(Boolean)).toHaveLength(5);
  });

  it("deletes counters an hour after they expire", async () => {
    // A fresh module instance, so its clean-up timer starts under the fake clock.
    vi.resetModules();
    vi.useFakeTimers({ toFake: ["Date", "setTimeout"], now: Date.now() });
    const fresh = await import("@/lib/rate-limit");
    const shortRule = { name: "test-expiry", limit: 1, windowMs: 60_000 };
    await fresh.consumeRateLimit(shortRule, "gone@example.org");
    const key = "test-expiry:gone@example.org";
    expect(await db.rateLimit.count({ where: { key } })).toBe(1);
    vi.setSystemTime(Date.now() + 2 * 60 * 60 * 1000);
    await vi.advanceTimersByTimeAsync(5 * 60 * 1000);
    await vi.waitFor(async () => expect(await db.rateLimit.count({ where: { key } })).toBe(0), { timeout: 5000 });
  });
});

describe("sign-in limits", () => {
  it("count one mailbox however the address is dressed up (+tags, case, spaces)", async () => {
    const variants = Array.from({ length: 12 }, (_, i) => (i % 2 ? ` Writer+${i}@Example.org ` : `writer+spam${i}@example.org`));
    const results = [];
    // A different (forged) address for every request: the mailbox limit still holds.
    for (const [i, email] of variants.entries()) results.push(await requestSignIn({ email, callbackUrl: "/" }, `198.51.100.${i}`));
    expect(results.filter((r) => r === "sent")).toHaveLength(SIGN_IN_PER_EMAIL.limit);
    expect(results.slice(SIGN_IN_PER_EMAIL.limit).every((r) => r === "rate-limited")).toBe(true);
    expect(await db.emailMessage.count({ where: { kind: "sign-in-link", to: { startsWith: "writer" } } })).toBe(SIGN_IN_PER_EMAIL.limit);
  });

  it("refuse addresses that are not a plain mailbox", async () => {
    expect(await requestSignIn({ email: "a\u0000b@example.org", callbackUrl: "/" }, "198.51.100.1")).toBe("invalid");
    expect(await requestSignIn({ email: "me@[127.0.0.1]", callbackUrl: "/" }, "198.51.100.1")).toBe("invalid");
  });
});
