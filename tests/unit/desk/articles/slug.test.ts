import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugFromTitle, slugSchema, slugVariant, suggestSlug } from "@/lib/desk/articles/slug";

describe("slugs suggested from titles", () => {
  it.each([
    ["Chinese", "中国与全球南方的港口", "zhong-guo-yu-quan-qiu-nan-fang-de-gang-kou"],
    ["Arabic", "الموانئ في الخليج", "lmwny-fy-lkhlyj"],
    ["Cyrillic", "Порты Южной Африки", "porty-yuzhnoy-afriki"],
    ["Vietnamese", "Cảng biển Việt Nam và Trung Quốc", "cang-bien-viet-nam-va-trung-quoc"],
    ["French", "L’été à Cancún : où aller ?", "lete-a-cancun-ou-aller"],
    ["German and Nordic letters", "Straße nach Ærø", "strasse-nach-aero"],
    ["English with an apostrophe", "Africa's ports, 2026", "africas-ports-2026"],
    ["Greek", "Ἀθῆναι", "athenai"],
  ])("%s: %s → %s", (_script, title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("falls back to a name from the article's id when nothing can be transliterated (emoji only, blank)", () => {
    expect(slugFromTitle("🚢🌏")).toBeNull();
    expect(suggestSlug("🚢🌏", "clx9abcdef123")).toBe("article-clx9abcd");
    expect(suggestSlug("   ", "3F2A9C1B-0000-4000-8000-000000000000")).toBe("article-3f2a9c1b");
    expect(suggestSlug("🚢 Ports", "x")).toBe("ports");
  });

  it("cuts long titles at a word boundary, within the limit", () => {
    const slug = slugFromTitle("The long and winding road through the ports of the Indian Ocean rim and beyond them to the sea")!;
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith("-")).toBe(false);
    expect("the long and winding road through the ports of the indian ocean rim and beyond them".replace(/ /g, "-")).toContain(slug);
  });

  it("numbers the alternatives of a taken slug, still within the limit", () => {
    expect(slugVariant("port-of-mombasa", 2)).toBe("port-of-mombasa-2");
    const long = "a".repeat(40) + "-" + "b".repeat(39);
    expect(slugVariant(long, 12).length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slugVariant(long, 12)).toMatch(/-12$/);
  });
});

describe("slugs typed by editors", () => {
  it.each(["port-of-mombasa", "2026-budget", "  Port-Of-Mombasa  "])("accepts %j", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(["port of mombasa", "port--mombasa", "-port", "port-", "pórt", "../etc", "a/b", "x".repeat(81)])("refuses %j", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(false);
  });
});
