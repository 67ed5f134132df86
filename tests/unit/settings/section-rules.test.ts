import { describe, expect, it } from "vitest";
import { moveInOrder, newSectionSchema } from "@/lib/settings/section-rules";

describe("moving a section", () => {
  const ids = ["a", "b", "c"];
  it("swaps it with its neighbour", () => {
    expect(moveInOrder(ids, "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(ids, "b", "down")).toEqual(["a", "c", "b"]);
  });
  it("leaves the order alone at either end and for an unknown id", () => {
    expect(moveInOrder(ids, "a", "up")).toEqual(ids);
    expect(moveInOrder(ids, "c", "down")).toEqual(ids);
    expect(moveInOrder(ids, "z", "up")).toEqual(ids);
  });
});

describe("a new section", () => {
  it("takes a lowercase, hyphenated slug", () => {
    expect(newSectionSchema.parse({ label: " East Africa ", slug: "East-Africa" })).toEqual({ label: "East Africa", slug: "east-africa" });
  });
  it.each(["", "east africa", "east--africa", "-east", "east-", "ásia", "a/b", "x".repeat(61)])("refuses the slug %j", (slug) => {
    expect(newSectionSchema.safeParse({ label: "X", slug }).success).toBe(false);
  });
});
