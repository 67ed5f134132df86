import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { toViewer, type AccessPolicy, type Viewer } from "@/lib/entitlements";

/** The signed-in user behind this request, or null. Cached for the request. */
export const getSessionUser = cache(async () => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return db.user.findUnique({ where: { id: userId }, include: { subscriptions: { include: { plan: true } } } });
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
