// Email addresses as mailboxes: the one canonical form used wherever "the same inbox" matters
// (rate limits on emails sent, one academic discount per inbox). Pure.

// RFC 5321 limits: 254 for the whole address in practice, 64 for the local part,
// 253 for a domain, 63 per label.
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Unquoted local-part atoms (RFC 5322 "atext"). Quoted local parts are legal but
// no university hands them out, and accepting them only widens the attack surface.
const LOCAL_ATOM = /^[a-z0-9!#$%&'*/=?^_`{|}~-]+$/;

/**
 * Canonical form used for lookups and for storing "this address already claimed a
 * discount": Unicode NFKC, trimmed, lowercased, plus-tag removed (so one inbox can't
 * claim twice via `me+1@`, `me+2@`), IDN domains converted to punycode.
 * Returns null for anything that is not a plain `local@domain.tld` address.
 *
 * Look-alikes either fold into the same mailbox or are refused, never counted as another
 * inbox: NFKC turns compatibility forms into plain letters first (fullwidth `ｍｅ＋１＠`,
 * ligatures, the Kelvin sign), so they cannot dodge the +tag and case rules; after that a
 * local part must be ASCII, so a letter from another script (Cyrillic `е` for `e`) is
 * refused. Domains go through IDNA (UTS #46), which also drops invisible characters.
 */
export function normaliseMailbox(raw: string): string | null {
  if (typeof raw !== "string") return null;
  const email = raw.normalize("NFKC").trim().toLowerCase();
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return null;

  const parts = email.split("@");
  if (parts.length !== 2) return null;
  const [fullLocal, rawDomain] = parts as [string, string];

  const plus = fullLocal.indexOf("+");
  const local = plus === -1 ? fullLocal : fullLocal.slice(0, plus);
  if (local.length === 0 || local.length > MAX_LOCAL_LENGTH) return null;
  if (!local.split(".").every((atom) => LOCAL_ATOM.test(atom))) return null;

  const domain = normaliseDomain(rawDomain, 2);
  return domain === null ? null : `${local}@${domain}`;
}

/**
 * Lowercase, IDN -> punycode, then strict hostname validation. Rejects trailing dots
 * (`mit.edu.`), empty labels, IP literals and anything with URL metacharacters.
 */
export function normaliseDomain(raw: string, minLabels: number): string | null {
  let domain = raw.trim().toLowerCase();
  if (/[^\x00-\x7f]/.test(domain)) {
    // Only hand non-ASCII input to the URL parser (which applies IDNA/UTS #46) when
    // its ASCII part is plain hostname characters, so "/", ":", "@", "%" etc. can't
    // make the parser pick a different host than the one we validate.
    if (/[^a-z0-9.-]/.test(domain.replace(/[^\x00-\x7f]/g, ""))) return null;
    try {
      domain = new URL(`http://${domain}/`).hostname;
    } catch {
      return null;
    }
  }
  if (domain.length === 0 || domain.length > MAX_DOMAIN_LENGTH) return null;
  const labels = domain.split(".");
  if (labels.length < minLabels || !labels.every((label) => DNS_LABEL.test(label))) return null;
  // An all-numeric last label means an IP address (or nonsense), never a mail domain we trust.
  if (/^[0-9]+$/.test(labels[labels.length - 1] as string)) return null;
  return domain;
}
