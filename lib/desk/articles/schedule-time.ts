import { TZDate } from "@date-fns/tz";

// Scheduled times are typed as wall-clock time in the publication's time zone (an editor in
// Nairobi scheduling for a New York publication types New York time) and stored as instants.
// Pure; never uses the machine's own zone.

const INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a `datetime-local` value ("2026-12-03T09:00", seconds optional) means in `timeZone`, or null when it
 * is not such a value. A time skipped by a daylight-saving change (02:30 on the night clocks go
 * forward) means the same time after the change; a repeated one means its first occurrence.
 */
export function zonedInputToDate(value: string, timeZone: string): Date | null {
  const match = INPUT_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59 || second > 59) return null;
  const zoned = new TZDate(year!, month! - 1, day!, hour!, minute!, second, timeZone);
  // new TZDate rolls 31 February over into March: refuse dates that do not exist.
  if (zoned.getDate() !== day || zoned.getMonth() !== month - 1) return null;
  if (Number.isNaN(zoned.getTime())) return null;
  return new Date(zoned.getTime());
}

/** The `datetime-local` value showing `date` in `timeZone` (with seconds only when it has some). */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const zoned = new TZDate(date.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  const seconds = zoned.getSeconds() ? `:${pad(zoned.getSeconds())}` : "";
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}${seconds}`;
}

/** "Dec 3, 2026, 09:00 EST": a time as the newsroom reads it, with its zone. */
export function formatInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}
