import { describe, expect, it } from "vitest";
import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from "@/lib/briefs/delivery-policy";

const now = new Date("2026-03-09T10:00:00Z");

describe("after a failed delivery", () => {
  it("backs off exponentially, to at most 30 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1800, 1800]);
  });

  it("retries a timeout or a temporary SMTP refusal, then gives up after the last attempt", () => {
    expect(afterFailure(1, Object.assign(new Error("busy"), { responseCode: 421 }), now)).toEqual({
      status: "queued",
      dueAt: new Date(now.getTime() + 30_000),
    });
    expect(afterFailure(3, new Error("connect ECONNREFUSED"), now)).toEqual({ status: "queued", dueAt: new Date(now.getTime() + 120_000) });
    expect(afterFailure(MAX_ATTEMPTS, new Error("connect ECONNREFUSED"), now)).toEqual({ status: "failed" });
  });

  it("records a permanent refusal (5xx) as failed at once", () => {
    expect(afterFailure(1, Object.assign(new Error("no such user"), { responseCode: 550 }), now)).toEqual({ status: "failed" });
  });
});
