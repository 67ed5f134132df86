// Runs inside Next.js before routing, for the requests its matcher selects: staff pages are
// refused to everyone else before they render (also as RSC payloads, whose status a layout
// cannot change), admin pages to editors, desk server actions to non-staff wherever they are
// posted, and form posts and server-action calls are checked before Next.js decodes them
// (lib/http/form-checks.ts).
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName, sessionHasRole } from "@/lib/auth/staff-session";
import { deskRoleFor } from "@/lib/desk/desk-sections";
import { deskActionRole } from "@/lib/http/desk-actions";
import { checkFormSubmission, checkServerActionText, serverActionEncoding } from "@/lib/http/form-checks";
import type { Rejection } from "@/lib/http/request-checks";
import { ADMIN_CLAIM_PATH } from "@/lib/people/admin-claim-token";

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i;

function refuse({ status, message }: Rejection): NextResponse {
  return new NextResponse(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

async function checkPost(request: NextRequest): Promise<Rejection | null> {
  const actionId = request.headers.get("next-action");
  const encoding = actionId !== null ? serverActionEncoding(request.headers.get("content-type")) : "form";
  if (typeof encoding === "object") return encoding;
  if (encoding === "text") return checkServerActionText(await request.text(), actionId!);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { status: 400, message: "The form data could not be read." };
  }
  return checkFormSubmission(form, actionId);
}

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && (request.headers.has("next-action") || FORM_TYPES.test(request.headers.get("content-type") ?? ""))) {
    const rejection = await checkPost(request);
    if (rejection) return refuse(rejection);
  }
  const { pathname } = request.nextUrl;
  const session = request.cookies.get(sessionCookieName())?.value;
  // The first-admin link is for someone who is not staff yet; it checks its own token.
  if ((pathname === "/admin" || pathname.startsWith("/admin/")) && pathname !== ADMIN_CLAIM_PATH) {
    // Admin-only pages too: an RSC payload's 200 is sent before the page's own guard runs.
    if (!(await sessionHasRole(session, deskRoleFor(pathname)))) return notFound(request);
  }
  const actionId = request.headers.get("next-action");
  const actionRole = actionId ? deskActionRole(actionId) : null;
  if (actionRole && !(await sessionHasRole(session, actionRole))) return notFound(request);
  return NextResponse.next();
}

/** Rewritten to a page that does not exist: the site's own 404, as HTML or as RSC. */
function notFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
}

export const config = {
  matcher: [
    "/admin",
    // Not the upload routes: Next.js buffers the body of every request its proxy sees and cuts it
    // off at 10 MB, so a podcast would arrive truncated. They check the role themselves
    // (lib/desk/staff-route.ts) and stream the body straight to storage.
    "/admin/((?!uploads/).*)",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    {
      source: "/:path*",
      has: [{ type: "header", key: "content-type", value: "(?:multipart/form-data|application/x-www-form-urlencoded).*" }],
    },
  ],
};
