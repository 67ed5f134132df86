import { describe, expect, it } from "vitest";
import { formatZonedLocal, parseZonedLocal } from "@/lib/desk/zoned-time";

// Runs in three machine zones (vitest.config.ts): the publication's zone decides, never the machine's.
describe("wall-clock times in the publication's zone", () => {
  it("reads a datetime-local value in the given zone", () => {
    expect(parseZonedLocal("2026-12-01T09:30", "America/New_York")?.toISOString()).toBe("2026-12-01T14:30:00.000Z");
    expect(parseZonedLocal("2026-07-01T09:30", "America/New_York")?.toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(parseZonedLocal("2026-12-01T09:30", "Asia/Kolkata")?.toISOString()).toBe("2026-12-01T04:00:00.000Z");
  });

  it("writes an instant back as the same wall-clock value", () => {
    expect(formatZonedLocal(new Date("2026-12-01T14:30:00Z"), "America/New_York")).toBe("2026-12-01T09:30");
    expect(formatZonedLocal(new Date("2026-12-01T23:59:00Z"), "Asia/Kolkata")).toBe("2026-12-02T05:29");
  });

  it("refuses times that don't exist there and malformed values", () => {
    // Clocks jump from 02:00 to 03:00 in New York on 8 March 2026.
    expect(parseZonedLocal("2026-03-08T02:30", "America/New_York")).toBeNull();
    for (const value of [
      "2026-02-30T10:00",
      "2026-13-01T00:00",
      "2026-12-01T24:00",
      "2026-12-01 09:30",
      "",
      "tomorrow",
      "2026-12-01T09:30:00",
    ]) {
      expect(parseZonedLocal(value, "America/New_York"), value).toBeNull();
    }
  });
});
