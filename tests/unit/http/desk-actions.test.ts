import { describe, expect, it } from "vitest";
import { deskActionRoles } from "@/lib/http/desk-actions";

describe("deskActionRoles", () => {
  it("lists actions used only by desk pages, with the role their pages need", () => {
    const roles = deskActionRoles({
      node: {
        a: { workers: { "app/admin/people/[id]/page": {} } },
        b: { workers: { "app/admin/page": {}, "app/admin/articles/page": {} } },
        c: { workers: { "app/(site)/account/page": {} } },
        d: { workers: { "app/(site)/account/page": {}, "app/admin/page": {} } },
        e: { workers: {} },
      },
    });
    expect(Object.fromEntries(roles)).toEqual({ a: "ADMIN", b: "EDITOR" });
  });

  it("copes with a manifest without actions", () => {
    expect(deskActionRoles({}).size).toBe(0);
  });
});
