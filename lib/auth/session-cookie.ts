// next-auth's database-session cookie: its value is the Session row's token. The secure
// variant is what next-auth sets on https; both are read, the secure one first.
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** next-auth makes tokens from a UUID or hex; anything else cannot be a session. */
const TOKEN_PATTERN = /^[A-Za-z0-9-]{16,128}$/;

/** The session token this browser sent, if it is shaped like one. */
export function readSessionToken(jar: { get(name: string): { value: string } | undefined }): string | null {
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (value && TOKEN_PATTERN.test(value)) return value;
  }
  return null;
}
