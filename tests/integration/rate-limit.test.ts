import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { consumeRateLimit, windowStart } from "@/lib/rate-limit";

afterAll(() => db.$disconnect());

const rule = { name: "test", limit: 5, windowMs: 15 * 60 * 1000 };

describe("consumeRateLimit", () => {
  it("allows five requests per window and refuses the sixth", async () => {
    const now = new Date("2026-11-24T10:01:00Z");
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await consumeRateLimit(rule, "a@example.org", now));
    expect(results).toEqual([true, true, true, true, true, false]);
  });

  it("counts subjects separately and starts afresh in the next window", async () => {
    const now = new Date("2026-11-24T10:01:00Z");
    expect(await consumeRateLimit(rule, "b@example.org", now)).toBe(true);
    expect(await consumeRateLimit(rule, "a@example.org", new Date("2026-11-24T10:16:00Z"))).toBe(true);
  });

  it("holds under concurrent requests from several app instances", async () => {
    const now = new Date("2026-11-24T11:00:00Z");
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit(rule, "c@example.org", now)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });

  it("aligns windows to fixed boundaries", () => {
    expect(windowStart(new Date("2026-11-24T10:14:59Z"), rule.windowMs).toISOString()).toBe("2026-11-24T10:00:00.000Z");
  });
});
