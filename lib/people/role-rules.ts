import type { Role } from "@/lib/entitlements";

// When a role may change, and what to ask before changing it. Pure: the database facts come in
// as arguments (read under the roles lock, lib/people/change-role.ts).

export type RoleChangeRefusal =
  /** The person already has that role. */
  | "same-role"
  /** The person's role changed since the admin looked (another admin, or a sign-in). */
  | "changed-meanwhile"
  /** Taking the last admin's role away would leave nobody able to manage the publication. */
  | "last-admin";

export interface RoleChangeFacts {
  /** The role the person has now, in the database. */
  current: Role;
  /** The role the admin saw when they chose the change. */
  expected: Role;
  wanted: Role;
  /** How many admins there are now, the person included. */
  adminCount: number;
}

/** Why this change must not happen, or null when it may. */
export function refuseRoleChange({ current, expected, wanted, adminCount }: RoleChangeFacts): RoleChangeRefusal | null {
  if (current !== expected) return "changed-meanwhile";
  if (current === wanted) return "same-role";
  if (current === "ADMIN" && adminCount <= 1) return "last-admin";
  return null;
}

export const ROLE_LABELS: Record<Role, string> = { READER: "Reader", EDITOR: "Editor", ADMIN: "Admin" };

const ROLE_POWERS: Record<Role, string> = {
  READER: "reads like any reader and has no access to the desk",
  EDITOR: "can write, schedule and publish on the desk",
  ADMIN: "can do everything on the desk, including people, settings and the audit log",
};

/** The question asked before a change is made: an admin demoting themselves is warned plainly. */
export function roleChangeQuestion(change: { self: boolean; email: string; from: Role; to: Role }): string {
  const { self, email, from, to } = change;
  if (self)
    return `You are about to change your own role from ${ROLE_LABELS[from]} to ${ROLE_LABELS[to]}. You will lose access to this page at once and cannot undo it yourself. Continue?`;
  return `Change ${email} from ${ROLE_LABELS[from]} to ${ROLE_LABELS[to]}? A ${ROLE_LABELS[to].toLowerCase()} ${ROLE_POWERS[to]}.`;
}
