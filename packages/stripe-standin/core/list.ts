import type Stripe from "stripe";
import { invalidRequest } from "./errors";

export interface PageParams {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

/**
 * Stripe list semantics over items already sorted newest-first: `limit` (default 10),
 * cursor by object id with `starting_after` / `ending_before`, and `has_more`.
 */
export function paginate<T extends { id: string }>(items: T[], params: PageParams, url: string): Stripe.ApiList<T> {
  const limit = params.limit ?? 10;
  let start = 0;
  let end = items.length;
  if (params.starting_after) {
    const idx = items.findIndex((i) => i.id === params.starting_after);
    if (idx === -1) throw invalidRequest(`No such object: '${params.starting_after}'`, "starting_after", "resource_missing");
    start = idx + 1;
  }
  if (params.ending_before) {
    const idx = items.findIndex((i) => i.id === params.ending_before);
    if (idx === -1) throw invalidRequest(`No such object: '${params.ending_before}'`, "ending_before", "resource_missing");
    end = idx;
    start = Math.max(start, end - limit);
  }
  const window = items.slice(start, end);
  const data = window.slice(0, limit);
  const hasMore = params.ending_before ? start > 0 : window.length > limit;
  return { object: "list", data, has_more: hasMore, url };
}

/** Records are kept in insertion order; lists show the newest first like Stripe. */
export function newestFirst<T>(records: Record<string, T>): T[] {
  return Object.values(records).reverse();
}
