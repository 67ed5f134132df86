import { DateTime } from "luxon";

/** "9 Mar, 14:05 EDT": when a pick went up, in the publication's zone. Pure. */
export function formatStreamTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale("en-GB").toFormat("d LLL, HH:mm ZZZZ");
}
