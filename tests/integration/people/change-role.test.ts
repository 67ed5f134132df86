import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeRole, previewRoleChange } from "@/lib/people/change-role";
import { newPerson, withoutAdmins } from "./support";

beforeEach(withoutAdmins);
afterAll(() => db.$disconnect());

describe("changing a role", () => {
  it("changes it and writes the audit record with before and after, together", async () => {
    const admin = await newPerson("ADMIN");
    const reader = await newPerson("READER");
    expect(await changeRole(admin.id, { userId: reader.id, from: "READER", to: "EDITOR" })).toEqual({ ok: true, email: reader.email });
    expect((await db.user.findUniqueOrThrow({ where: { id: reader.id } })).role).toBe("EDITOR");
    const records = await db.auditLog.findMany({ where: { subject: reader.email } });
    expect(records).toMatchObject([
      { actorId: admin.id, action: "user.role-change", before: { role: "READER" }, after: { role: "EDITOR" } },
    ]);
  });

  it("refuses, and records nothing, when the admin's view is stale or nothing would change", async () => {
    const admin = await newPerson("ADMIN");
    const editor = await newPerson("EDITOR");
    expect(await changeRole(admin.id, { userId: editor.id, from: "READER", to: "ADMIN" })).toEqual({
      ok: false,
      error: "changed-meanwhile",
    });
    expect(await changeRole(admin.id, { userId: editor.id, from: "EDITOR", to: "EDITOR" })).toEqual({ ok: false, error: "same-role" });
    expect(await changeRole(admin.id, { userId: "no-such-id", from: "EDITOR", to: "READER" })).toEqual({
      ok: false,
      error: "no-such-person",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("EDITOR");
    expect(await db.auditLog.count({ where: { subject: editor.email } })).toBe(0);
  });

  it("never removes the last admin, also not themselves", async () => {
    const admin = await newPerson("ADMIN");
    expect(await previewRoleChange(admin.id, { userId: admin.id, from: "ADMIN", to: "EDITOR" })).toEqual({
      ok: false,
      error: "last-admin",
    });
    expect(await changeRole(admin.id, { userId: admin.id, from: "ADMIN", to: "READER" })).toEqual({ ok: false, error: "last-admin" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("asks an admin demoting themselves a plainer question, and lets them while another admin remains", async () => {
    const [me, other] = [await newPerson("ADMIN"), await newPerson("ADMIN")];
    const preview = await previewRoleChange(me.id, { userId: me.id, from: "ADMIN", to: "EDITOR" });
    expect(preview).toMatchObject({ ok: true, question: expect.stringMatching(/your own role/) });
    expect(await changeRole(me.id, { userId: me.id, from: "ADMIN", to: "EDITOR" })).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    expect(other.role).toBe("ADMIN");
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    for (let round = 0; round < 5; round++) {
      await withoutAdmins();
      const [a, b] = [await newPerson("ADMIN"), await newPerson("ADMIN")];
      const results = await Promise.all([
        changeRole(a.id, { userId: b.id, from: "ADMIN", to: "READER" }),
        changeRole(b.id, { userId: a.id, from: "ADMIN", to: "READER" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "last-admin" }]);
      expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
      expect(await db.auditLog.count({ where: { action: "user.role-change", subject: { in: [a.email, b.email] } } })).toBe(1);
    }
  });
});
