// One CSV record (RFC 4180), safe to open in a spreadsheet.

/**
 * Quotes a field when it needs it, and defuses values a spreadsheet would run as a formula
 * (an email address is reader input and may start with "=").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(fields: string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}
