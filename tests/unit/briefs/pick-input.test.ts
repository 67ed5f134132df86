import { describe, expect, it } from "vitest";
import { pickColumns, pickInputSchema } from "@/lib/picks/pick-input";

const outside = {
  headline: "Port deal signed",
  summary: "Kenya and China agreed terms. Work starts in May.",
  linkType: "external",
  url: "https://example.org/a",
  sourceName: "Daily Nation",
  language: "EN-gb",
  sectionId: "",
};

describe("pick input", () => {
  it("takes an outside source over https with its name and a canonical language tag", () => {
    const parsed = pickInputSchema.parse(outside);
    expect(pickColumns(parsed)).toEqual({
      headline: "Port deal signed",
      summary: "Kenya and China agreed terms. Work starts in May.",
      sectionId: null,
      articleId: null,
      url: "https://example.org/a",
      sourceName: "Daily Nation",
      language: "en-GB",
    });
  });

  it.each(["http://example.org/a", "javascript:alert(1)", "https://localhost/a", "ftp://example.org", "https://"])(
    "refuses %s as a link",
    (url) => {
      expect(pickInputSchema.safeParse({ ...outside, url }).success).toBe(false);
    },
  );

  it("holds summaries to the length of one or two sentences, abbreviations and all", () => {
    expect(pickInputSchema.safeParse({ ...outside, summary: "Dr. Ruto said the U.S. agreed. Talks resume in May." }).success).toBe(true);
    expect(pickInputSchema.safeParse({ ...outside, summary: "x".repeat(321) }).success).toBe(false);
    expect(pickInputSchema.safeParse({ ...outside, summary: "   " }).success).toBe(false);
  });

  it("links to one of our articles by id, and drops outside-source fields", () => {
    const parsed = pickInputSchema.parse({ ...outside, linkType: "article", articleId: "clarticle1" });
    expect(pickColumns(parsed)).toMatchObject({ articleId: "clarticle1", url: null, sourceName: null, language: null });
    expect(pickInputSchema.safeParse({ ...outside, linkType: "article" }).success).toBe(false);
    expect(pickInputSchema.safeParse({ ...outside, linkType: "other" }).success).toBe(false);
    expect(pickInputSchema.safeParse({ ...outside, language: "not a language!" }).success).toBe(false);
  });
});
