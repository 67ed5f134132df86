import { describe, expect, it } from "vitest";

// The unit suite runs once per zone (vitest.config.ts). This checks each run really is in its
// zone, so a date bug that only shows away from UTC cannot pass unnoticed.

/** Minutes behind UTC in January and in July, as Date#getTimezoneOffset reports them. */
const OFFSETS: Record<string, [number, number]> = { UTC: [0, 0], "America/New_York": [300, 240], "Asia/Kolkata": [-330, -330] };

describe("the machine's time zone", () => {
  it("is the one this run is for", () => {
    const zone = process.env.TZ!;
    expect(Object.keys(OFFSETS)).toContain(zone);
    expect([new Date(2026, 0, 15).getTimezoneOffset(), new Date(2026, 6, 15).getTimezoneOffset()]).toEqual(OFFSETS[zone]);
  });
});
