import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { enqueue } from "@/lib/jobs/enqueue";
import { MAGIC_LINK_LIFETIME_MS } from "./magic-link";
import { roleForSignIn } from "./roles";

// Passwordless sign-in: a magic link proves the reader owns the address (emailVerified).
// Sessions live in the database so any app instance can serve any reader. next-auth reads
// NEXTAUTH_SECRET and NEXTAUTH_URL itself (the start script provides both).

/**
 * Google and GitHub sign-in, when configured. Their users start with emailVerified unset
 * (next-auth does not copy the provider's claim), so an OAuth address alone never counts as
 * a verified address for academic discounts: that needs a link we emailed.
 */
function oauthProviders() {
  const env = getEnv();
  return [
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
      ? [GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET })]
      : []),
    ...(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
      ? [GitHubProvider({ clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET })]
      : []),
  ];
}

/** Names of the OAuth providers switched on, for the sign-in page. */
export function getOAuthProviderIds(): Array<"google" | "github"> {
  return oauthProviders().map((p) => p.id as "google" | "github");
}

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(db),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  providers: [
    ...oauthProviders(),
    EmailProvider({
      maxAge: MAGIC_LINK_LIFETIME_MS / 1000,
      // Links are created by lib/auth/sign-in.ts (validated, rate limited); next-auth's own
      // sign-in endpoint is closed in the route handler, so this is never reached.
      sendVerificationRequest: () => Promise.reject(new Error("Use /signin to request a link")),
    }),
  ],
  events: {
    // Addresses in ADMIN_EMAILS become admins on sign-in: how the first admin is made.
    async signIn({ user, account }) {
      const { ADMIN_EMAILS } = getEnv();
      if (user.email && roleForSignIn("READER", user.email, ADMIN_EMAILS) === "ADMIN") {
        await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
      }
      // A magic link just proved the address: if it is academic, the worker issues the reader's
      // code. Side effects of sign-in run as jobs, so sign-in (and reading) never loads that code.
      if (account?.provider === "email") await enqueue("discounts.after-sign-in", { userId: user.id });
    },
  },
  callbacks: {
    // After sign-in, only same-site paths (next-auth's default throws, a 500, on a callbackUrl
    // that is not a URL).
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeReturnPath(url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url)}`;
    },
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
};
