// GET|POST /api/auth/* — next-auth: magic-link callback, OAuth, session, sign-out. Sign-in
// links are requested through /signin (validated, rate limited); every endpoint we don't use,
// next-auth's own email sign-in included, answers 404 (lib/auth/auth-routes.ts).
import NextAuth from "next-auth";
import { isAllowedAuthRoute } from "@/lib/auth/auth-routes";
import { authOptions, getOAuthProviderIds } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/http/safe-redirect";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function route(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (!isAllowedAuthRoute(request.method, nextauth, getOAuthProviderIds())) return new Response("Not found", { status: 404 });
  // next-auth answers a callbackUrl it cannot parse with a 500; ours are always same-site paths.
  const callbackUrl = new URL(request.url).searchParams.get("callbackUrl");
  if (callbackUrl !== null && safeReturnPath(callbackUrl, "") === "")
    return new Response("This link is damaged: its callbackUrl is not a path on this site.", { status: 400 });
  return handler(request, context);
}

export { route as GET, route as POST };
