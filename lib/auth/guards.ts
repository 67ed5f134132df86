import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/entitlements";
import { getSessionUser } from "@/lib/viewer";
import { hasRole } from "./roles";

// Guards for pages, server actions and route handlers. Layouts use them, and every action
// calls them again: a layout does not protect an action.

export async function requireUser(returnTo = "/account") {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Staff pages answer 404 to everyone else, so readers can't even tell they exist. */
export async function requireRole(role: Role) {
  const user = await getSessionUser();
  if (!user || !hasRole(user.role, role)) notFound();
  return user;
}
