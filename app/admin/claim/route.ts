// GET /admin/claim?token=… — the start script's one-time link that makes the first admin. Open to
// everyone (proxy.ts lets it through): whoever opens it signed in becomes admin while there is none.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/env";
import { redeemAdminClaim } from "@/lib/people/admin-claim";
import { ADMIN_CLAIM_LIFETIME_MS, ADMIN_CLAIM_PATH, parseAdminClaimToken } from "@/lib/people/admin-claim-token";
import { getSessionUser } from "@/lib/viewer";

// Holds the token while its holder signs in, so it never travels in a sign-in email's link.
const TOKEN_COOKIE = "dispatch-admin-claim";

const DEAD_LINK =
  "This admin link does not work: it was used already, it expired, or the publication has an admin. " +
  "While there is no admin, each start of the app prints a new link.\n";

export async function GET(request: Request) {
  const jar = await cookies();
  const token = parseAdminClaimToken(new URL(request.url).searchParams.get("token")) ?? parseAdminClaimToken(jar.get(TOKEN_COOKIE)?.value);
  if (!token) return new Response(DEAD_LINK, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const user = await getSessionUser();
  if (!user) {
    jar.set(TOKEN_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: getEnv().APP_URL.startsWith("https:"),
      path: ADMIN_CLAIM_PATH,
      maxAge: ADMIN_CLAIM_LIFETIME_MS / 1000,
    });
    redirect(`/signin?callbackUrl=${encodeURIComponent(ADMIN_CLAIM_PATH)}`);
  }
  jar.delete({ name: TOKEN_COOKIE, path: ADMIN_CLAIM_PATH });
  const outcome = await redeemAdminClaim(user.id, token);
  if (outcome === "claimed") redirect("/admin");
  return new Response(DEAD_LINK, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
