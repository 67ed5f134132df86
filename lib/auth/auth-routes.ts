// The next-auth endpoints Dispatch uses, on the decoded path (Next.js hands the route its
// segments decoded, so `/api/auth/signin/%65mail` arrives as ["signin", "email"]). Everything
// else answers 404: in particular next-auth's own email sign-in, which would send links past
// our validation and rate limits (links are requested through /signin instead). Pure.

/** Whether `method /api/auth/<segments>` is an endpoint we serve, given the OAuth providers switched on. */
export function isAllowedAuthRoute(method: string, segments: readonly string[], oauthProviders: readonly string[]): boolean {
  const [action, provider, ...rest] = segments;
  if (rest.length > 0) return false;
  const oauth = provider !== undefined && oauthProviders.includes(provider);
  if (method === "GET") {
    // `signin` and `error` only redirect to our own /signin and /signin/error pages (next-auth
    // sends failed callbacks through them).
    if (provider === undefined) return ["session", "csrf", "providers", "signin", "error"].includes(action ?? "");
    // The magic link in the email, and the OAuth providers' return.
    return action === "callback" && (provider === "email" || oauth);
  }
  if (method === "POST") {
    if (provider === undefined) return action === "signout";
    // next-auth's client starts OAuth sign-in with a POST (it carries the CSRF token).
    return (action === "signin" || action === "callback") && oauth;
  }
  return false;
}
