import { describe, expect, it } from "vitest";
import { refuseRoleChange, roleChangeQuestion } from "@/lib/people/role-rules";

describe("refuseRoleChange", () => {
  it("allows promoting and demoting while another admin remains", () => {
    expect(refuseRoleChange({ current: "READER", expected: "READER", wanted: "EDITOR", adminCount: 1 })).toBeNull();
    expect(refuseRoleChange({ current: "READER", expected: "READER", wanted: "ADMIN", adminCount: 1 })).toBeNull();
    expect(refuseRoleChange({ current: "ADMIN", expected: "ADMIN", wanted: "EDITOR", adminCount: 2 })).toBeNull();
    expect(refuseRoleChange({ current: "EDITOR", expected: "EDITOR", wanted: "READER", adminCount: 1 })).toBeNull();
  });

  it("refuses to take the role of the last admin, to any other role", () => {
    expect(refuseRoleChange({ current: "ADMIN", expected: "ADMIN", wanted: "EDITOR", adminCount: 1 })).toBe("last-admin");
    expect(refuseRoleChange({ current: "ADMIN", expected: "ADMIN", wanted: "READER", adminCount: 1 })).toBe("last-admin");
  });

  it("refuses a change made from a stale view, before anything else", () => {
    expect(refuseRoleChange({ current: "EDITOR", expected: "READER", wanted: "EDITOR", adminCount: 3 })).toBe("changed-meanwhile");
    expect(refuseRoleChange({ current: "ADMIN", expected: "EDITOR", wanted: "READER", adminCount: 1 })).toBe("changed-meanwhile");
  });

  it("says when nothing would change", () => {
    expect(refuseRoleChange({ current: "EDITOR", expected: "EDITOR", wanted: "EDITOR", adminCount: 1 })).toBe("same-role");
    expect(refuseRoleChange({ current: "ADMIN", expected: "ADMIN", wanted: "ADMIN", adminCount: 1 })).toBe("same-role");
  });
});

describe("roleChangeQuestion", () => {
  it("warns an admin demoting themselves that they lose access at once", () => {
    const question = roleChangeQuestion({ self: true, email: "me@example.org", from: "ADMIN", to: "EDITOR" });
    expect(question).toMatch(/your own role/);
    expect(question).toMatch(/lose access/);
  });

  it("names the person and what the new role can do", () => {
    const question = roleChangeQuestion({ self: false, email: "ana@example.org", from: "READER", to: "EDITOR" });
    expect(question).toContain("ana@example.org");
    expect(question).toMatch(/from Reader to Editor/);
    expect(question).toMatch(/publish/);
  });
});
