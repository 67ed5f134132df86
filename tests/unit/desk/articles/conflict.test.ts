import { describe, expect, it } from "vitest";
import { conflictMessage, isStale } from "@/lib/desk/articles/conflict";

describe("conflicts between editors", () => {
  it("a save from an older version than the article's is stale; from the current one it is not", () => {
    expect(isStale(4, 5)).toBe(true);
    expect(isStale(5, 5)).toBe(false);
    // A save claiming a future version is not trusted either.
    expect(isStale(6, 5)).toBe(true);
  });

  it("names who saved and when, in the publication's zone, and says nothing was saved", () => {
    const message = conflictMessage({ by: "Amina Yusuf", at: new Date("2026-12-03T15:42:00Z"), status: "DRAFT" }, "America/New_York");
    expect(message).toContain("Amina Yusuf saved this article at Dec 3, 2026, 10:42 EST");
    expect(message).toContain("Your changes have not been saved");
  });

  it("says when it was the publishing schedule that changed it", () => {
    const message = conflictMessage({ by: null, at: new Date("2026-12-03T15:00:00Z"), status: "PUBLISHED" }, "UTC");
    expect(message).toContain("The publishing schedule published this article at Dec 3, 2026, 15:00 UTC");
  });
});
