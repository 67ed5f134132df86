import { describe, expect, it } from "vitest";
import { firstFreeSlug, SLUG_MAX_LENGTH, SLUG_PATTERN, suggestSlug } from "@/lib/desk/slug";

describe("suggestSlug", () => {
  it.each([
    ["Lithium diplomacy in the Andes", "lithium-diplomacy-in-the-andes"],
    ["Китай и Глобальный Юг", "kitay-i-globalnyy-yug"],
    ["中国与全球南方", "zhong-guo-yu-quan-qiu-nan-fang"],
    ["Ça va? Ñandú — São Paulo!", "ca-va-nandu-sao-paulo"],
    ["  Episode #12: ‘Rail’ & roads  ", "episode-12-rail-roads"],
  ])("%s → %s", (title, slug) => {
    expect(suggestSlug(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("falls back when nothing usable is left, and stays short", () => {
    expect(suggestSlug("🎙️🎧", "episode-7")).toBe("episode-7");
    const long = suggestSlug("word ".repeat(100));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long).toMatch(SLUG_PATTERN);
  });

  it("numbers a taken slug", async () => {
    const taken = new Set(["rail", "rail-2"]);
    expect(await firstFreeSlug("rail", async (s) => taken.has(s))).toBe("rail-3");
    expect(await firstFreeSlug("free", async (s) => taken.has(s))).toBe("free");
  });
});
