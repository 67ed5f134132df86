import "server-only";
import { db } from "@/lib/db";
import { currentSubscription } from "@/lib/entitlements";

/**
 * What an admin sees about one person: role, the subscription their account is about, and
 * their academic standing (latest code and the mailbox it claims, confirmed academic addresses).
 * Null when there is no such person.
 */
export async function getPersonProfile(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      subscriptions: { include: { plan: { select: { name: true, interval: true } } } },
      discountCodes: { orderBy: { issuedAt: "desc" }, take: 1 },
      academicEmails: { orderBy: { createdAt: "asc" }, select: { email: true, verifiedAt: true } },
    },
  });
  if (!user) return null;
  const { subscriptions, discountCodes, ...person } = user;
  return { ...person, subscription: currentSubscription(subscriptions) ?? null, academicCode: discountCodes[0] ?? null };
}

export type PersonProfile = NonNullable<Awaited<ReturnType<typeof getPersonProfile>>>;
