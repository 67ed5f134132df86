import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { currentSubscription } from "@/lib/entitlements";

// Finding readers on /admin/people: by any part of their email address, newest accounts first.

export const PEOPLE_PAGE_SIZE = 25;

export const peopleQuerySchema = z.object({
  q: z.string().trim().max(254).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

/** One page of people whose email contains `q` (case-insensitive), with their current plan. */
export async function findPeople({ q, page }: PeopleQuery) {
  const where = q ? { email: { contains: q, mode: "insensitive" as const } } : {};
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        createdAt: true,
        subscriptions: { select: { status: true, currentPeriodEnd: true, plan: { select: { name: true } } } },
      },
    }),
  ]);
  const people = users.map(({ subscriptions, ...user }) => ({ ...user, subscription: currentSubscription(subscriptions) ?? null }));
  return { people, total, pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)) };
}
