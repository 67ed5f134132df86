import { DateTime } from "luxon";

// The time zones a reader can choose for "6 AM where I am": every IANA zone the runtime knows,
// labelled with its current offset so "Lima" and "UTC−05:00" are both findable. Pure.

export interface ZoneOption {
  value: string;
  label: string;
}

export function timeZoneOptions(now = new Date()): ZoneOption[] {
  return Intl.supportedValuesOf("timeZone").map((zone) => ({
    value: zone,
    label: `${zone.replace(/_/g, " ")} (UTC${DateTime.fromJSDate(now, { zone }).toFormat("ZZ")})`,
  }));
}
