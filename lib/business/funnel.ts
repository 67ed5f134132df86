import { z } from "zod";

// The paywall funnel's rules, pure. Counts are aggregate (article × day): nothing identifies a
// reader, no cookie is read or set, and a browser that asks not to be tracked is not counted.

/** Events the reader's browser reports: the paywall was shown, its pricing link was followed. */
export const BEACON_EVENTS = { impression: "impressions", pricing: "pricingClicks" } as const;
export type BeaconEvent = keyof typeof BEACON_EVENTS;
export type FunnelColumn = (typeof BEACON_EVENTS)[BeaconEvent] | "checkoutStarts";

/** Article ids are cuids; anything else is not worth a database query. */
export const articleIdSchema = z.string().regex(/^[a-z0-9]{8,40}$/);

export const beaconSchema = z.object({ e: z.enum(["impression", "pricing"]), a: articleIdSchema });

/** `DNT: 1` (Do Not Track) or `Sec-GPC: 1` (Global Privacy Control): the reader opted out of counting. */
export function mayCount(headers: Headers): boolean {
  return headers.get("dnt") !== "1" && headers.get("sec-gpc") !== "1";
}

/** The beacon's address for one event on one article (used by the paywall notice). */
export function beaconPath(event: BeaconEvent, articleId: string): string {
  return `/api/funnel?e=${event}&a=${encodeURIComponent(articleId)}`;
}

/** The UTC day a count belongs to. */
export function funnelDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export interface FunnelRow {
  articleId: string;
  title: string;
  impressions: number;
  pricingClicks: number;
  checkoutStarts: number;
  subscriptions: number;
}

/** Subscriptions per paywall impression (null before any impression). */
export function conversionRate(row: FunnelRow): number | null {
  return row.impressions > 0 ? row.subscriptions / row.impressions : null;
}

/** Articles that brought subscribers, most first; ties broken by conversion rate, then title. */
export function topConverting(rows: FunnelRow[], limit = 10): FunnelRow[] {
  return rows
    .filter((row) => row.subscriptions > 0)
    .sort(
      (a, b) => b.subscriptions - a.subscriptions || (conversionRate(b) ?? 0) - (conversionRate(a) ?? 0) || a.title.localeCompare(b.title),
    )
    .slice(0, limit);
}
