import type { Role } from "@/lib/entitlements";

// Roles are ordered: an admin can do everything an editor can.
const RANK: Record<Role, number> = { READER: 0, EDITOR: 1, ADMIN: 2 };

export const ROLES = Object.keys(RANK) as Role[];

export function hasRole(userRole: Role, required: Role): boolean {
  return RANK[userRole] >= RANK[required];
}

/** The role an address should have when it signs in, given the ADMIN_EMAILS list. */
export function roleForSignIn(current: Role, email: string, adminEmails: string[]): Role {
  return adminEmails.includes(email.trim().toLowerCase()) ? "ADMIN" : current;
}
