import "server-only";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/entitlements";
import { getSessionUser } from "@/lib/viewer";

// Route handlers of the desk (uploads) go through this wrapper, so none can forget the role
// check. It is the same rule as requireRole(), answered the way a route handler must: Next.js
// turns requireRole's notFound() inside a handler into a 404 with an empty body.

type StaffUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

export function withStaffRole<Context>(role: Role, handler: (user: StaffUser, request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const user = await getSessionUser();
    if (!user || !hasRole(user.role, role)) return textResponse(404, "Not found.");
    return handler(user, request, context);
  };
}

export function textResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
