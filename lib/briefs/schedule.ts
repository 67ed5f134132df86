import { DateTime } from "luxon";

// When the Daily Brief goes out, as pure functions of an instant and an IANA zone. Luxon does
// the calendar arithmetic: "06:00 on this date in this zone" stays 06:00 across daylight-saving
// changes (the UTC instant moves instead), and half-hour zones such as Asia/Kolkata just work.
// Nothing here reads the clock or the machine's zone: callers pass `now`.

/** The local hour at which the brief goes out, in the publication's zone or the reader's. */
export const BRIEF_SEND_HOUR = 6;

/** A publication date, "YYYY-MM-DD": one brief per date. */
export type BriefDate = string;

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written as YYYY-MM-DD. */
export function isBriefDate(value: string): value is BriefDate {
  return DATE_KEY.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid;
}

function sendTimeOn(day: DateTime): DateTime {
  return day.set({ hour: BRIEF_SEND_HOUR, minute: 0, second: 0, millisecond: 0 });
}

function inZone(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new Error(`Unknown time zone "${zone}"`);
  return local;
}

/** The date it is in `zone` at `instant`. */
export function dateIn(instant: Date, zone: string): BriefDate {
  return inZone(instant, zone).toISODate()!;
}

/** The instant the brief of `date` goes out: 06:00 on that date in `zone`. */
export function sendTimeOf(date: BriefDate, zone: string): Date {
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) throw new Error(`Invalid date "${date}" or zone "${zone}"`);
  return sendTimeOn(day).toJSDate();
}

/** The first 06:00 in `zone` strictly after `after`. */
export function nextSendTime(after: Date, zone: string): Date {
  const local = inZone(after, zone);
  const today = sendTimeOn(local);
  return (today > local ? today : sendTimeOn(local.plus({ days: 1 }))).toJSDate();
}

/** The last 06:00 in `zone` at or before `now`. */
export function lastSendTime(now: Date, zone: string): Date {
  const local = inZone(now, zone);
  const today = sendTimeOn(local);
  return (today <= local ? today : sendTimeOn(local.minus({ days: 1 }))).toJSDate();
}

/** The 06:00 in `zone` one calendar day before `sendTime` (23 or 25 hours earlier across a DST change). */
export function previousSendTime(sendTime: Date, zone: string): Date {
  return sendTimeOn(inZone(sendTime, zone).minus({ days: 1 })).toJSDate();
}

/** The publication date whose brief goes out next: today's until 06:00, then tomorrow's. */
export function nextBriefDate(now: Date, zone: string): BriefDate {
  return dateIn(nextSendTime(now, zone), zone);
}

/** The date one day before or after `date` (calendar arithmetic, no zone involved). */
export function addDays(date: BriefDate, days: number): BriefDate {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ days }).toISODate()!;
}

/** Brief.date is a SQL DATE, which Prisma hands over as midnight UTC. */
export function toDbDate(date: BriefDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDbDate(value: Date): BriefDate {
  return value.toISOString().slice(0, 10);
}

/** "Monday 9 March 2026": a brief's date for people. */
export function formatBriefDate(date: BriefDate, locale = "en-GB"): string {
  return DateTime.fromISO(date, { zone: "UTC" }).setLocale(locale).toFormat("cccc d LLLL yyyy");
}

/** "06:00 EDT" / "06:00 GMT+5:30": a send time as it reads in `zone`. */
export function formatSendTime(instant: Date, zone: string, locale = "en-GB"): string {
  return inZone(instant, zone).setLocale(locale).toFormat("cccc d LLLL, HH:mm ZZZZ");
}
