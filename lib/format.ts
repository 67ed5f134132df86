// Display formatting shared by pages and emails. Pure functions.

// Made once: creating an Intl formatter costs far more than formatting (it showed in profiles
// of reading pages, which format several dates each).
const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

export function formatMoney(amountMinor: number, currency: string): string {
  const amount = amountMinor / 100;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

export function formatDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** Timestamp of a transcript segment, e.g. "03:07". */
export function formatTimestamp(ms: number): string {
  return formatDuration(Math.floor(ms / 1000)).padStart(5, "0");
}

/** Date and time as the publication's editors read it, e.g. "Thu 27 Nov 2026, 09:00 EST". */
export function formatDateTimeIn(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}
