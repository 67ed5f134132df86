import type { RoleChangeRefusal } from "./role-rules";

/** What the people page says when a role change is refused. */
export const ROLE_CHANGE_ERRORS: Record<RoleChangeRefusal | "no-such-person", string> = {
  "same-role": "That is already their role. Nothing changed.",
  "changed-meanwhile": "Their role changed while you were looking (another admin, or a sign-in). Reload the page and try again.",
  "last-admin": "This is the only admin. Make someone else admin first, so the publication always has one.",
  "no-such-person": "There is no such person. They may have deleted their account.",
};
