import { TZDate } from "@date-fns/tz";

// Editors schedule in the publication's time zone (Settings), whatever zone their browser or
// the server is in. `<input type="datetime-local">` values ("2026-12-01T09:30") carry no zone:
// these read and write them as wall-clock times in `timeZone`.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock time in `timeZone` names, or null when it is malformed or does not
 * exist there (skipped by a daylight-saving change).
 */
export function parseZonedLocal(value: string, timeZone: string): Date | null {
  const match = LOCAL.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const instant = new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime());
  // Out-of-range parts (month 13, 25:00) and skipped times come back as another wall time.
  return Number.isNaN(instant.getTime()) || formatZonedLocal(instant, timeZone) !== value ? null : instant;
}

/** `date` as a datetime-local value on the wall clocks of `timeZone`. */
export function formatZonedLocal(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** "1 December 2026, 09:30 (America/New_York)": a time as editors read it. */
export function describeZoned(date: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "long", timeStyle: "short", hourCycle: "h23" }).format(date);
  return `${text} (${timeZone})`;
}
