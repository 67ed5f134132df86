import { describe, expect, it } from "vitest";
import { auditChanges } from "@/lib/audit/audit-changes";

describe("auditChanges", () => {
  it("lists only the fields that differ, before and after", () => {
    expect(auditChanges({ role: "READER", email: "a@b.c" }, { role: "EDITOR", email: "a@b.c" })).toEqual([
      { field: "role", before: "READER", after: "EDITOR" },
    ]);
  });

  it("shows creations and removals as one-sided", () => {
    expect(auditChanges(null, { label: "Africa" })).toEqual([{ field: "label", after: "Africa" }]);
    expect(auditChanges({ slug: "africa" }, undefined)).toEqual([{ field: "slug", before: "africa" }]);
  });

  it("compares and shows structured values as JSON", () => {
    const links = [{ label: "X", url: "https://x.example" }];
    expect(auditChanges({ socialLinks: [] }, { socialLinks: links })).toEqual([
      { field: "socialLinks", before: "[]", after: JSON.stringify(links) },
    ]);
    expect(auditChanges({ n: 1, ok: true, none: null }, { n: 1, ok: true, none: null })).toEqual([]);
  });

  it("treats anything that is not an object as empty", () => {
    expect(auditChanges("text", [1, 2])).toEqual([]);
  });
});
