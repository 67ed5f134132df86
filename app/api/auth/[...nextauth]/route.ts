// GET|POST /api/auth/* — next-auth: magic-link callback, session. Sign-in links are requested
// through /signin instead (validated and rate limited), so next-auth's own endpoint is closed.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function POST(request: Request, context: Context) {
  if (new URL(request.url).pathname === "/api/auth/signin/email") return new Response("Not found", { status: 404 });
  return handler(request, context);
}

export { handler as GET, POST };
