import crypto from "node:crypto";

// Tokens in academic confirmation links. Only their sha256 is stored, so a database reader
// cannot use a pending link.

/** How long an emailed confirmation link works. */
export const ACADEMIC_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

export const hashLinkToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
