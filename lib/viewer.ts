import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { PrismaClient } from "@prisma/client";
import { readSessionToken } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { ANONYMOUS, toViewer, type AccessPolicy, type Viewer } from "@/lib/entitlements";
import { accessPolicyAt, querySessionViewer } from "@/lib/session-viewer";
import { readingClass } from "@/lib/http/reading-class";
import { resolvedReader } from "@/lib/http/resolved-reader";

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

/** Who holds this session token (lib/session-viewer.ts), through the Prisma client: one round trip. */
export function findSessionViewer(sessionToken: string, client: PrismaClient = db, now = new Date()): Promise<Viewer> {
  return querySessionViewer((sql, params) => client.$queryRawUnsafe(sql, ...params), sessionToken, now);
}

/**
 * Who is reading, in the shape the entitlement module understands. Cached for the request;
 * reading pages (and the site header) ask only this, so they cost one query for the viewer, and
 * none when the edge already resolved this request's session (lib/http/resolved-reader.ts). Then
 * it also reports the class of page being rendered, which the edge needs before sharing it.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const token = readSessionToken(await cookies());
  if (!token) return ANONYMOUS;
  const resolved = resolvedReader();
  if (resolved?.sessionToken !== token) return findSessionViewer(token);
  resolved.renderedClass = readingClass(resolved.viewer, getAccessPolicy());
  return resolved.viewer;
});

/** The viewer for a reader by id, outside any request (feeds, emails, jobs). */
export async function loadViewer(userId: string): Promise<Viewer> {
  return toViewer(await db.user.findUnique({ where: { id: userId }, include: { subscriptions: true } }));
}

/** The access rules now; in a request the edge resolved, "now" is that request's one clock. */
export function getAccessPolicy(now = resolvedReader()?.now ?? new Date()): AccessPolicy {
  return accessPolicyAt(now);
}
