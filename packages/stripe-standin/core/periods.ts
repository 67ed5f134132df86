/** Calendar arithmetic for billing periods, in UTC like Stripe's billing cycle anchors. */
export type Interval = "day" | "week" | "month" | "year";

const DAY = 86_400;

/**
 * Adds `count` intervals to a unix timestamp. Months clamp to the last day of the month
 * (Jan 31 + 1 month = Feb 28/29), which is what Stripe does for month-end anchors.
 */
export function addInterval(unixSeconds: number, interval: Interval, count = 1): number {
  if (interval === "day") return unixSeconds + count * DAY;
  if (interval === "week") return unixSeconds + count * 7 * DAY;
  const date = new Date(unixSeconds * 1000);
  const months = interval === "year" ? count * 12 : count;
  const day = date.getUTCDate();
  const target = new Date(date.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return Math.floor(target.getTime() / 1000);
}

export function days(n: number): number {
  return n * DAY;
}

export function isInterval(value: string): value is Interval {
  return value === "day" || value === "week" || value === "month" || value === "year";
}

/**
 * The first period boundary after `after`, counted from the billing cycle anchor, so a
 * subscription anchored on the 31st returns to the 31st after a short month.
 */
export function nextBoundary(anchor: number, interval: Interval, intervalCount: number, after: number): number {
  for (let k = 1; k < 10_000; k++) {
    const candidate = addInterval(anchor, interval, k * intervalCount);
    if (candidate > after) return candidate;
  }
  throw new Error("billing period computation did not converge");
}
