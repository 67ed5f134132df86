import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ANONYMOUS, type AccessPolicy, type Viewer } from "@/lib/entitlements";

/** The signed-in user behind this request, or null. Cached for the request. */
export const getSessionUser = cache(async () => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return db.user.findUnique({ where: { id: userId }, include: { subscriptions: { include: { plan: true } } } });
});

/** Who is reading, in the shape the entitlement module understands. */
export const getViewer = cache(async (): Promise<Viewer> => {
  const user = await getSessionUser();
  if (!user) return ANONYMOUS;
  return {
    kind: "user",
    userId: user.id,
    role: user.role,
    subscriptions: user.subscriptions.map((s) => ({
      status: s.status,
      currentPeriodEnd: s.currentPeriodEnd,
      cancelAtPeriodEnd: s.cancelAtPeriodEnd,
      pastDueSince: s.pastDueSince,
    })),
  };
});

export function getAccessPolicy(now = new Date()): AccessPolicy {
  return { now, pastDueGraceDays: getEnv().PAST_DUE_GRACE_DAYS };
}
