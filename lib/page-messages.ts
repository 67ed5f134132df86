// Pages that report the outcome of an action after a redirect take a message code from the query
// string (`?notice=saved`) and show fixed copy for it, never text from the URL, so a crafted link
// cannot make the site say anything. Pure.

/** The entry for a code; unknown codes, repeated parameters and inherited keys ("constructor") give nothing. */
export function pageMessage<T>(table: Readonly<Record<string, T>>, code: string | string[] | undefined): T | undefined {
  return typeof code === "string" && Object.hasOwn(table, code) ? table[code] : undefined;
}
