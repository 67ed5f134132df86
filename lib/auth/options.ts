import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { MAGIC_LINK_LIFETIME_MS } from "./magic-link";
import { roleForSignIn } from "./roles";

// Passwordless sign-in: a magic link proves the reader owns the address (emailVerified).
// Sessions live in the database so any app instance can serve any reader. next-auth reads
// NEXTAUTH_SECRET and NEXTAUTH_URL itself (the start script provides both).


export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(db),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  providers: [
    EmailProvider({
      maxAge: MAGIC_LINK_LIFETIME_MS / 1000,
      // Links are created by lib/auth/sign-in.ts (validated, rate limited); next-auth's own
      // sign-in endpoint is closed in the route handler, so this is never reached.
      sendVerificationRequest: () => Promise.reject(new Error("Use /signin to request a link")),
    }),
  ],
  events: {
    // Addresses in ADMIN_EMAILS become admins on sign-in: how the first admin is made.
    async signIn({ user }) {
      const { ADMIN_EMAILS } = getEnv();
      if (user.email && roleForSignIn("READER", user.email, ADMIN_EMAILS) === "ADMIN") {
        await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
      }
    },
  },
  callbacks: {
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
};
