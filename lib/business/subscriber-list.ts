import "server-only";
import { db } from "@/lib/db";
import { subscriberWhere, type SubscriberFilter } from "./subscriber-filter";

export const SUBSCRIBERS_PAGE_SIZE = 50;

/** One page of the subscribers table, newest first, with the total for pagination. */
export async function listSubscribers(filter: SubscriberFilter) {
  const where = subscriberWhere(filter);
  const [rows, total, plans] = await Promise.all([
    db.subscription.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * SUBSCRIBERS_PAGE_SIZE,
      take: SUBSCRIBERS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        cancelAtPeriodEnd: true,
        currentPeriodEnd: true,
        discountCode: true,
        createdAt: true,
        user: { select: { email: true } },
        plan: { select: { name: true } },
      },
    }),
    db.subscription.count({ where }),
    db.plan.findMany({ select: { slug: true, name: true }, orderBy: { amount: "asc" } }),
  ]);
  return { rows, total, plans, pageCount: Math.max(1, Math.ceil(total / SUBSCRIBERS_PAGE_SIZE)) };
}
