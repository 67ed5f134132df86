import type { Runtime } from "../state/runtime";
import type { CheckoutSessionRecord } from "../state/types";

/**
 * Stripe expires an open Checkout Session at its `expires_at` on its own. The stand-in has no
 * background timer, so every read and every payment attempt applies the expiry first.
 */
export function expireIfDue(rt: Runtime, session: CheckoutSessionRecord): CheckoutSessionRecord {
  if (session.status === "open" && rt.now() >= session.expiresAt) session.status = "expired";
  return session;
}
