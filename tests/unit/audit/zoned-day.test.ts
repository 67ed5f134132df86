import { describe, expect, it } from "vitest";
import { nextDay, startOfDayIn } from "@/lib/audit/zoned-day";

// Runs in three machine zones (vitest.config.ts): the answers must not depend on the machine's.
describe("startOfDayIn", () => {
  it.each([
    ["2026-11-26", "UTC", "2026-11-26T00:00:00.000Z"],
    ["2026-11-26", "America/New_York", "2026-11-26T05:00:00.000Z"],
    ["2026-07-01", "America/New_York", "2026-07-01T04:00:00.000Z"],
    ["2026-11-26", "Asia/Kolkata", "2026-11-25T18:30:00.000Z"],
    ["2026-11-26", "Asia/Kathmandu", "2026-11-25T18:15:00.000Z"],
    ["2026-11-26", "Pacific/Kiritimati", "2026-11-25T10:00:00.000Z"],
    // The days daylight saving starts and ends.
    ["2026-03-08", "America/New_York", "2026-03-08T05:00:00.000Z"],
    ["2026-11-01", "America/New_York", "2026-11-01T04:00:00.000Z"],
    ["2026-03-29", "Europe/London", "2026-03-29T00:00:00.000Z"],
  ])("%s in %s begins at %s", (day, zone, instant) => {
    expect(startOfDayIn(day, zone).toISOString()).toBe(instant);
  });
});

describe("nextDay", () => {
  it("crosses months and years", () => {
    expect(nextDay("2026-11-30")).toBe("2026-12-01");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });
});
