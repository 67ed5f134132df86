import { describe, expect, it } from "vitest";
import { addInterval, nextBoundary } from "../../core/periods";

const at = (iso: string) => Date.parse(iso) / 1000;
const iso = (unix: number) => new Date(unix * 1000).toISOString();

describe("billing periods", () => {
  it("adds months and years in UTC, clamping to the month's last day", () => {
    expect(iso(addInterval(at("2026-01-15T10:00:00Z"), "month"))).toBe("2026-02-15T10:00:00.000Z");
    expect(iso(addInterval(at("2026-01-31T00:00:00Z"), "month"))).toBe("2026-02-28T00:00:00.000Z");
    expect(iso(addInterval(at("2028-01-31T00:00:00Z"), "month"))).toBe("2028-02-29T00:00:00.000Z");
    expect(iso(addInterval(at("2026-12-05T00:00:00Z"), "month"))).toBe("2027-01-05T00:00:00.000Z");
    expect(iso(addInterval(at("2028-02-29T00:00:00Z"), "year"))).toBe("2029-02-28T00:00:00.000Z");
  });

  it("returns to the anchor day after a short month", () => {
    const anchor = at("2026-01-31T12:00:00Z");
    const feb = nextBoundary(anchor, "month", 1, anchor);
    expect(iso(feb)).toBe("2026-02-28T12:00:00.000Z");
    expect(iso(nextBoundary(anchor, "month", 1, feb))).toBe("2026-03-31T12:00:00.000Z");
  });
});
