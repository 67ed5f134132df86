import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";

// next-auth's database-session cookie names (the secure variant is used on https).
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** Ends this browser's session: deletes it from the database and clears the cookie. */
export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (token) await db.session.deleteMany({ where: { sessionToken: token } });
    jar.delete(name);
  }
}
