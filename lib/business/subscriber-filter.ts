import type { Prisma } from "@prisma/client";
import { z } from "zod";

// The subscribers table's search and filters, shared by the page and its CSV export. Parsing is
// forgiving: a bad or missing value means "no filter", never an error page.

const STATUSES = ["incomplete", "incomplete_expired", "trialing", "active", "past_due", "canceled", "unpaid", "paused"] as const;

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);

export const subscriberFilterSchema = z.object({
  q: optional(z.string().trim().min(1).max(200)),
  plan: optional(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  status: optional(z.enum(STATUSES)),
  academic: optional(z.enum(["yes", "no"])),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type SubscriberFilter = z.infer<typeof subscriberFilterSchema>;

/** Reads the filter from query parameters (the first value of each). */
export function parseSubscriberFilter(params: Record<string, string | string[] | undefined>): SubscriberFilter {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return subscriberFilterSchema.parse(first);
}

/**
 * Academic subscribers paid with a promotion code and hold an academic code of their own (codes
 * are personal: lib/discounts), the same rule the dashboard's academic figures use.
 */
const ACADEMIC: Prisma.SubscriptionWhereInput = { discountCode: { not: null }, user: { discountCodes: { some: {} } } };

export function subscriberWhere(filter: SubscriberFilter): Prisma.SubscriptionWhereInput {
  return {
    ...(filter.q ? { user: { email: { contains: filter.q, mode: "insensitive" } } } : {}),
    ...(filter.plan ? { plan: { slug: filter.plan } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.academic === "yes" ? { AND: [ACADEMIC] } : filter.academic === "no" ? { NOT: ACADEMIC } : {}),
  };
}

/** The filter as a query string (without the page), for links that keep it. */
export function filterQuery(filter: SubscriberFilter): string {
  const entries = Object.entries({ q: filter.q, plan: filter.plan, status: filter.status, academic: filter.academic });
  return new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)).toString();
}
