import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { SESSION_COOKIE_NAMES } from "./session-cookie";

/** Ends this browser's session: deletes it from the database and clears the cookie. */
export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const token = jar.get(name)?.value;
    if (token) await db.session.deleteMany({ where: { sessionToken: token } });
    jar.delete(name);
  }
}
