import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { PrismaClient } from "@prisma/client";
import { readSessionToken } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { toViewer, type AccessPolicy, type Viewer } from "@/lib/entitlements";

// Who is reading. The session cookie is read here rather than through next-auth's
// getServerSession, so reading pages never load the auth options (providers, sign-in jobs),
// and session → user → subscriptions is one query. next-auth would also push a session's
// expiry forward once a day; in a server component it cannot send the renewed cookie anyway,
// so the browser's cookie (set at sign-in) is what limits a session either way.

/**
 * The reader a session token belongs to, with their subscriptions and plans, or null when the
 * token is unknown or the session has expired. One round trip (relation joins).
 */
export async function findSessionUser(sessionToken: string, client: PrismaClient = db, now = new Date()) {
  const session = await client.session.findUnique({
    where: { sessionToken },
    relationLoadStrategy: "join",
    select: { expires: true, user: { include: { subscriptions: { include: { plan: true } } } } },
  });
  return session && session.expires > now ? session.user : null;
}

/** The signed-in user behind this request, or null. Cached for the request. */
export const getSessionUser = cache(async () => {
  const token = readSessionToken(await cookies());
  return token ? findSessionUser(token) : null;
});

/** Who is reading, in the shape the entitlement module understands. */
export const getViewer = cache(async (): Promise<Viewer> => toViewer(await getSessionUser()));

/** The viewer for a reader by id, outside any request (feeds, emails, jobs). */
export async function loadViewer(userId: string): Promise<Viewer> {
  return toViewer(await db.user.findUnique({ where: { id: userId }, include: { subscriptions: true } }));
}

export function getAccessPolicy(now = new Date()): AccessPolicy {
  return { now, pastDueGraceDays: getEnv().PAST_DUE_GRACE_DAYS };
}
