import type { GrantResult } from "@/lib/discounts/staff";
import type { RevokeOutcome } from "@/lib/discounts/revoke-code";

// What /admin/discounts can say after granting or revoking: `?notice=<code>&code=EDU-…` or
// `?error=<code>`, mapped to fixed copy here. The code is shown only when it is well formed.

export const ADMIN_NOTICES = {
  "granted-emailed": (code: string) => `Granted code ${code}. The reader was emailed.`,
  granted: (code: string) => `Granted code ${code}. No email was sent.`,
  "already-open": (code: string) => `The reader already has an open code, ${code}. No new code was made and no email was sent.`,
  "applied-emailed": (code: string) =>
    `The reader already pays full price, so code ${code} went onto their subscription: they pay half from the next renewal. The reader was emailed.`,
  applied: (code: string) =>
    `The reader already pays full price, so code ${code} went onto their subscription: they pay half from the next renewal. No email was sent.`,
  revoked: (code: string) => `Code ${code} is revoked: it can no longer be used, and the reader gets no new code automatically.`,
  "discount-removed": (code: string) =>
    `Code ${code} is revoked and its discount is off the reader’s subscription, so their next renewal is at full price. The reader was emailed.`,
  unchanged: (code: string) => `Code ${code} was already revoked or expired. Nothing changed.`,
} satisfies Record<string, (code: string) => string>;

export const ADMIN_ERRORS = {
  "invalid-email": "Enter the reader’s email address.",
  "address-in-use":
    "That address backs another account’s academic discount, and one address can back one account’s discount at a time. Nothing was granted.",
  "already-discounted": "The reader’s subscription already has a discount. Nothing was granted.",
  "missing-code": "There is no such code. Choose one to revoke from the list.",
} satisfies Record<string, string>;

type AdminNotice = keyof typeof ADMIN_NOTICES;
type AdminError = keyof typeof ADMIN_ERRORS;

export function adminDiscountsUrl(message: { notice: AdminNotice; code: string } | { error: AdminError }): string {
  return "error" in message
    ? `/admin/discounts?error=${message.error}`
    : `/admin/discounts?notice=${message.notice}&code=${encodeURIComponent(message.code)}`;
}

export function grantMessage(result: GrantResult): Parameters<typeof adminDiscountsUrl>[0] {
  if (!result.ok) return { error: result.error };
  const notice: AdminNotice =
    result.outcome === "open"
      ? "already-open"
      : result.outcome === "applied"
        ? result.emailed
          ? "applied-emailed"
          : "applied"
        : result.emailed
          ? "granted-emailed"
          : "granted";
  return { notice, code: result.code };
}

export const REVOKE_NOTICES: Record<RevokeOutcome, AdminNotice> = {
  revoked: "revoked",
  "discount-removed": "discount-removed",
  unchanged: "unchanged",
};
