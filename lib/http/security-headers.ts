import crypto from "node:crypto";

// Security headers for every response, set by the server (server.ts). The Content Security
// Policy allows scripts only from this site and, for the inline scripts Next.js writes into each
// page, with a nonce made fresh per request: Next.js reads it from the request's CSP header and
// stamps it on its own <script> tags. Pure apart from the random nonce.

export interface SecurityHeaderOptions {
  nonce: string;
  /** The request reached us over HTTPS (directly or through a trusted proxy). */
  https: boolean;
  /** Where forms may go besides this site: hosted checkout and billing portal. */
  formTargets: string[];
  /** `next dev` evaluates code for its error overlay and hot reloading. */
  development: boolean;
}

export function createNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

export function contentSecurityPolicy({ nonce, formTargets, development }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Tailwind ships one stylesheet, but React and Next set style attributes on a few elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "media-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self' ${formTargets.join(" ")}`.trim(),
  ].join("; ");
}

/** Every security header of a response, by name. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS over plain HTTP; sending it there would only confuse.
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Where the app sends readers with a form post: Stripe's hosted pages, or the local stand-in
 * (one origin for checkout and portal) when STRIPE_API_BASE points at it.
 */
export function stripeFormTargets(stripeApiBase: string | undefined): string[] {
  return stripeApiBase ? [new URL(stripeApiBase).origin] : ["https://checkout.stripe.com", "https://billing.stripe.com"];
}
