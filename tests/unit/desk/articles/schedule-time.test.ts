import { describe, expect, it } from "vitest";
import { dateToZonedInput, formatInZone, zonedInputToDate } from "@/lib/desk/articles/schedule-time";

// Runs in three machine zones (vitest.config.ts): the results must not depend on the machine's.

describe("scheduled times in the publication's time zone", () => {
  it("reads a typed time as that zone's wall-clock time", () => {
    expect(zonedInputToDate("2026-12-03T09:00", "America/New_York")?.toISOString()).toBe("2026-12-03T14:00:00.000Z");
    expect(zonedInputToDate("2026-07-03T09:00", "America/New_York")?.toISOString()).toBe("2026-07-03T13:00:00.000Z");
    expect(zonedInputToDate("2026-12-03T09:00", "Asia/Kolkata")?.toISOString()).toBe("2026-12-03T03:30:00.000Z");
    expect(zonedInputToDate("2026-12-03T09:00", "UTC")?.toISOString()).toBe("2026-12-03T09:00:00.000Z");
  });

  it("takes seconds when given (and shows them back)", () => {
    const at = zonedInputToDate("2026-12-03T09:00:30", "America/New_York");
    expect(at?.toISOString()).toBe("2026-12-03T14:00:30.000Z");
    expect(dateToZonedInput(at!, "America/New_York")).toBe("2026-12-03T09:00:30");
  });

  it("shows an instant back as the same typed time", () => {
    const instant = new Date("2026-12-03T14:00:00Z");
    expect(dateToZonedInput(instant, "America/New_York")).toBe("2026-12-03T09:00");
    expect(dateToZonedInput(instant, "Asia/Kolkata")).toBe("2026-12-03T19:30");
  });

  it("moves a time skipped by daylight saving forward, and takes the first of a repeated one", () => {
    expect(zonedInputToDate("2026-03-08T02:30", "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(zonedInputToDate("2026-11-01T01:30", "America/New_York")?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it.each([
    "",
    "tomorrow",
    "2026-02-30T10:00",
    "2026-13-01T10:00",
    "2026-12-03T24:00",
    "2026-12-03 09:00",
    "2026-12-03T09:00:00Z",
    "2026-12-03T09:00:60",
  ])("refuses %j", (value) => {
    expect(zonedInputToDate(value, "America/New_York")).toBeNull();
  });

  it("formats a time with its zone", () => {
    expect(formatInZone(new Date("2026-12-03T14:00:00Z"), "America/New_York")).toBe("Dec 3, 2026, 09:00 EST");
  });
});
