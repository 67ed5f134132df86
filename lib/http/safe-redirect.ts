// Return paths (`callbackUrl`, `next`) come from links anyone can craft. Only a path on this
// site may come back out, and it comes out as the URL parser understood it, never as typed:
// browsers strip TAB/CR/LF and read `\` as `/`, so `/%09/evil.example` (decoded to "/\t/…")
// would otherwise become `//evil.example`. Pure.

/** Longer return paths are dropped: they are never ours and would bloat Location headers. */
export const MAX_RETURN_PATH_LENGTH = 2048;

// Any origin works as the base: only "did the parser stay on it" matters.
const BASE = "http://return-path.invalid";

function decodesToSafePath(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  // Something may decode the path once more later (a link in an email, another redirect).
  return !decoded.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(decoded);
}

/**
 * A same-site path (with query and fragment) safe to redirect to, or `fallback`. Rejects
 * absolute and protocol-relative URLs, backslashes, control characters (also percent-encoded),
 * `javascript:` and anything longer than MAX_RETURN_PATH_LENGTH.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_RETURN_PATH_LENGTH) return fallback;
  if (!value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || !decodesToSafePath(url.pathname)) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.length <= MAX_RETURN_PATH_LENGTH ? path : fallback;
}
