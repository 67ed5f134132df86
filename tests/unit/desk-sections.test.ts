import { describe, expect, it } from "vitest";
import { deskRoleFor } from "@/lib/desk/desk-sections";

describe("deskRoleFor", () => {
  it("gives each desk address the role of its section", () => {
    expect(deskRoleFor("/admin")).toBe("EDITOR");
    expect(deskRoleFor("/admin/articles/abc/edit")).toBe("EDITOR");
    expect(deskRoleFor("/admin/people/abc")).toBe("ADMIN");
    expect(deskRoleFor("/admin/settings/sections")).toBe("ADMIN");
  });
  it("does not confuse a section with another that starts the same way", () => {
    expect(deskRoleFor("/admin/peoplex")).toBe("EDITOR");
  });
});
