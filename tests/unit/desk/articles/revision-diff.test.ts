import { describe, expect, it } from "vitest";
import { diffArticleFields, diffProse } from "@/lib/desk/articles/revision-diff";
import { changedFields, type ArticleFields } from "@/lib/desk/articles/revision-fields";

const names = {
  sections: new Map([
    ["s1", "Africa"],
    ["s2", "Asia"],
  ]),
  authors: new Map([
    ["a1", "Amina Yusuf"],
    ["a2", "Li Wei"],
  ]),
};

const base: ArticleFields = {
  title: "Ports and promises",
  dek: "A standfirst.",
  slug: "ports-and-promises",
  body: "The port opened in March.\n\nIt handles grain.",
  access: "SUBSCRIBER",
  sectionId: "s1",
  topics: ["ports", "trade"],
  featured: false,
  authorIds: ["a1"],
  heroImageId: null,
  heroImageAlt: "",
};

describe("comparing two versions of an article", () => {
  it("marks prose word by word, keeping the whitespace between paragraphs", () => {
    expect(diffProse("The port opened in March.\n\nIt handles grain.", "The port closed in March.\n\nIt handles grain.")).toEqual([
      { value: "The port ", change: "same" },
      { value: "opened", change: "removed" },
      { value: "closed", change: "added" },
      { value: " in March.\n\nIt handles grain.", change: "same" },
    ]);
  });

  it("lists only changed fields, with names instead of ids and labels editors know", () => {
    const after = { ...base, title: "Ports and broken promises", sectionId: "s2", authorIds: ["a1", "a2"], featured: true };
    const diff = diffArticleFields(base, after, names);
    expect(diff.map((d) => d.field)).toEqual(["title", "sectionId", "featured", "authorIds"]);
    expect(diff[1]).toEqual({ field: "sectionId", label: "Section", kind: "value", before: "Africa", after: "Asia" });
    expect(diff[3]).toMatchObject({ label: "Authors", before: "Amina Yusuf", after: "Amina Yusuf, Li Wei" });
    expect(diff[0]).toMatchObject({ kind: "prose", label: "Title" });
  });

  it("finds no changes between equal versions (lists compared by value)", () => {
    expect(changedFields(base, { ...base, topics: ["ports", "trade"], authorIds: ["a1"] })).toEqual([]);
    expect(changedFields(base, { ...base, topics: ["trade", "ports"] })).toEqual(["topics"]);
  });

  it("names deleted sections and authors instead of failing", () => {
    const diff = diffArticleFields(base, { ...base, sectionId: "gone", authorIds: ["gone"] }, names);
    expect(diff).toContainEqual(expect.objectContaining({ after: "(deleted section)" }));
    expect(diff).toContainEqual(expect.objectContaining({ after: "(deleted author)" }));
  });
});
