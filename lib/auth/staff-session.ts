import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/entitlements";
import { getEnv } from "@/lib/env";
import { hasRole } from "./roles";

// For proxy.ts, which decides before rendering whether a request may see staff pages at all:
// React Server Component requests stream a 200 before a layout's notFound() can change the
// status, so /admin must be refused before it renders. Pages and actions still guard themselves.

/** next-auth's session cookie: the `__Secure-` name when the site is served over HTTPS. */
export function sessionCookieName(): string {
  return getEnv().APP_URL.startsWith("https:") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** Whether the session token belongs to a live session of a user with at least `role`. */
export async function sessionHasRole(sessionToken: string | undefined, role: Role): Promise<boolean> {
  if (!sessionToken) return false;
  const session = await db.session.findUnique({ where: { sessionToken }, select: { expires: true, user: { select: { role: true } } } });
  return Boolean(session && session.expires > new Date() && hasRole(session.user.role, role));
}
