import "server-only";
import { recordAudit } from "@/lib/audit/audit-log";
import { db } from "@/lib/db";
import type { Role } from "@/lib/entitlements";
import { lockRoles } from "./roles-lock";
import { refuseRoleChange, roleChangeQuestion, type RoleChangeRefusal } from "./role-rules";

export interface RoleChange {
  userId: string;
  /** The role the admin saw: if it changed since, nothing is done. */
  from: Role;
  to: Role;
}

export type ChangeRoleResult = { ok: true; email: string } | { ok: false; error: RoleChangeRefusal | "no-such-person" };

/**
 * Changes a person's role and records it in the audit log, in one transaction under the roles
 * lock: two admins demoting each other at once cannot leave the publication without an admin.
 */
export async function changeRole(actorId: string, change: RoleChange): Promise<ChangeRoleResult> {
  return db.$transaction(async (tx) => {
    await lockRoles(tx);
    const person = await tx.user.findUnique({ where: { id: change.userId }, select: { email: true, role: true } });
    if (!person) return { ok: false, error: "no-such-person" };
    const adminCount = await tx.user.count({ where: { role: "ADMIN" } });
    const refusal = refuseRoleChange({ current: person.role, expected: change.from, wanted: change.to, adminCount });
    if (refusal) return { ok: false, error: refusal };
    await tx.user.update({ where: { id: change.userId }, data: { role: change.to } });
    await recordAudit(tx, {
      actorId,
      action: "user.role-change",
      subject: person.email,
      before: { role: person.role },
      after: { role: change.to },
    });
    return { ok: true, email: person.email };
  });
}

/**
 * What to ask before changing a role, or why it cannot be changed (checked again, under the lock,
 * when the admin confirms).
 */
export async function previewRoleChange(
  actorId: string,
  change: RoleChange,
): Promise<{ ok: true; question: string } | { ok: false; error: RoleChangeRefusal | "no-such-person" }> {
  const [person, adminCount] = await Promise.all([
    db.user.findUnique({ where: { id: change.userId }, select: { email: true, role: true } }),
    db.user.count({ where: { role: "ADMIN" } }),
  ]);
  if (!person) return { ok: false, error: "no-such-person" };
  const refusal = refuseRoleChange({ current: person.role, expected: change.from, wanted: change.to, adminCount });
  if (refusal) return { ok: false, error: refusal };
  return {
    ok: true,
    question: roleChangeQuestion({ self: actorId === change.userId, email: person.email, from: change.from, to: change.to }),
  };
}
