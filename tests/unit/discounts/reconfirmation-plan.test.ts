import { describe, expect, it } from "vitest";
import { planReconfirmation, reconfirmationDueAt } from "@/lib/discounts/reconfirmation-plan";

const confirmedAt = new Date("2026-01-31T12:00:00Z");
const state = { confirmedAt, reconfirmRequestedAt: null, discountRemovedAt: null };

describe("planReconfirmation", () => {
  it("is due twelve calendar months after the last confirmation", () => {
    expect(reconfirmationDueAt(confirmedAt).toISOString()).toBe("2027-01-31T12:00:00.000Z");
  });

  it.each([
    // A leap day that is already 1 March in Asia/Kolkata, and a date that is on daylight time in
    // New York one year and not the next: months are counted in UTC whatever the server's zone.
    ["2028-02-29T20:00:00Z", "2029-03-01T20:00:00.000Z"],
    ["2026-03-10T12:00:00Z", "2027-03-10T12:00:00.000Z"],
  ])("counts the months in UTC: confirmed %s → due %s", (confirmed, due) => {
    expect(reconfirmationDueAt(new Date(confirmed)).toISOString()).toBe(due);
  });

  it.each([
    ["2026-06-01T00:00:00Z", "none"],
    ["2027-01-01T11:59:59Z", "none"],
    ["2027-01-01T12:00:00Z", "remind"], // 30 days before
    ["2027-01-20T00:00:00Z", "remind"],
    ["2027-01-31T12:00:00Z", "remove"],
    ["2027-06-01T00:00:00Z", "remove"],
  ] as const)("at %s → %s", (now, step) => {
    expect(planReconfirmation(state, "forever", new Date(now))).toBe(step);
  });

  it("reminds once per cycle", () => {
    const reminded = { ...state, reconfirmRequestedAt: new Date("2027-01-02T00:00:00Z") };
    expect(planReconfirmation(reminded, "forever", new Date("2027-01-10T00:00:00Z"))).toBe("none");
    // A reminder from last year's cycle does not count.
    const old = { ...state, reconfirmRequestedAt: new Date("2026-01-02T00:00:00Z") };
    expect(planReconfirmation(old, "forever", new Date("2027-01-10T00:00:00Z"))).toBe("remind");
  });

  it("does nothing for discounts of limited duration or already removed ones", () => {
    expect(planReconfirmation(state, 12, new Date("2028-01-01T00:00:00Z"))).toBe("none");
    expect(
      planReconfirmation({ ...state, discountRemovedAt: new Date("2027-02-01T00:00:00Z") }, "forever", new Date("2028-01-01T00:00:00Z")),
    ).toBe("none");
  });
});
