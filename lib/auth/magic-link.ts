import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";

// Creates next-auth email-provider links ourselves, so the request goes through our own
// validated, rate-limited server action. Token storage matches next-auth's callback: the
// database keeps only sha256(token + secret); the callback consumes it once.

export const MAGIC_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

export function hashVerificationToken(token: string, secret: string): string {
  return crypto.createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export async function createMagicLink(email: string, callbackUrl: string, now = new Date()): Promise<string> {
  const { NEXTAUTH_SECRET, APP_URL } = getEnv();
  if (!NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set");
  const token = crypto.randomBytes(32).toString("hex");
  await db.verificationToken.create({
    data: {
      identifier: email,
      token: hashVerificationToken(token, NEXTAUTH_SECRET),
      expires: new Date(now.getTime() + MAGIC_LINK_LIFETIME_MS),
    },
  });
  return `${APP_URL}/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token, email })}`;
}
