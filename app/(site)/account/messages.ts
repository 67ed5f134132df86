import type { AddAcademicEmailResult } from "@/lib/discounts/academic-address";
import type { DiscountResult } from "@/lib/discounts/issue-if-qualified";

// What /account can say after an action or a redirect: `/account?notice=<code>` or
// `/account?error=<code>`, each mapped to fixed copy here. Unknown codes show nothing. Other
// parts of the site link here with these codes (e.g. /subscribe: `?error=already-subscribed`).

export interface AccountMessage {
  text: string;
  /** Shown at the top of the page, or in the academic discount section (where the redirect scrolls). */
  section: "top" | "academic";
}

const top = (text: string): AccountMessage => ({ text, section: "top" });
const academic = (text: string): AccountMessage => ({ text, section: "academic" });

export const ACCOUNT_NOTICES = {
  saved: top("Your changes are saved."),
  "academic-sent": academic("We sent a confirmation link to that address. Click it to get your discount."),
  "academic-confirmed": academic("Your academic address is confirmed."),
  "academic-already-confirmed": academic("That address is already confirmed for your account."),
  "code-sent": academic("Here is your personal code. We also emailed it to you."),
  "code-open": academic("You already have a personal code: it is shown below."),
  "discount-applied": academic(
    "Your academic discount is on your subscription: you pay the student price from your next renewal. We emailed you the details.",
  ),
  "already-discounted": academic("Your subscription already has a discount."),
} satisfies Record<string, AccountMessage>;

export const ACCOUNT_ERRORS = {
  "already-subscribed": top("You already have a subscription. Change plans with Manage billing."),
  "name-invalid": top("That name can't be saved: keep it under 100 characters of ordinary text."),
  "confirm-delete": top("Type DELETE to confirm."),
  "email-invalid": academic("That doesn't look like an email address."),
  "not-academic": academic(
    "We don't recognise that address as belonging to a university or school. If it does, write to us and we'll add it.",
  ),
  "address-taken": academic("That academic address is already used by another account."),
  "address-pending": academic(
    "That address is waiting for confirmation by another account. If it is yours, use the link we sent to it, or try again in a day.",
  ),
  "address-in-use": academic(
    "That academic address already backs another account's discount. One address can give one account a discount at a time.",
  ),
  "rate-limited": academic("Too many confirmation emails were requested. Please try again in an hour."),
  "link-invalid": academic("That confirmation link has expired or was already used. Ask for a new one below."),
  "code-withdrawn": academic(
    "Your academic code was withdrawn, so we can't give you a new one. Write to us if you think this is a mistake.",
  ),
  "not-qualified": academic("None of your addresses qualifies for the academic discount right now. Confirm your academic address below."),
} satisfies Record<string, AccountMessage>;

export type AccountNotice = keyof typeof ACCOUNT_NOTICES;
export type AccountError = keyof typeof ACCOUNT_ERRORS;
export type AccountRedirect = { notice: AccountNotice } | { error: AccountError };

/** The account page showing one message, scrolled to where it is shown. */
export function accountUrl(message: AccountRedirect): string {
  const [kind, code] = "notice" in message ? ["notice", message.notice] : ["error", message.error];
  const { section } = "notice" in message ? ACCOUNT_NOTICES[message.notice] : ACCOUNT_ERRORS[message.error];
  return `/account?${kind}=${code}${section === "academic" ? "#academic" : ""}`;
}

export const ADD_ADDRESS_MESSAGES: Record<AddAcademicEmailResult, AccountRedirect> = {
  sent: { notice: "academic-sent" },
  "already-confirmed": { notice: "academic-already-confirmed" },
  invalid: { error: "email-invalid" },
  "not-academic": { error: "not-academic" },
  taken: { error: "address-taken" },
  "pending-elsewhere": { error: "address-pending" },
  "rate-limited": { error: "rate-limited" },
};

export const DISCOUNT_MESSAGES: Record<DiscountResult["outcome"], AccountRedirect> = {
  created: { notice: "code-sent" },
  open: { notice: "code-open" },
  applied: { notice: "discount-applied" },
  "already-discounted": { notice: "already-discounted" },
  "in-use": { error: "address-in-use" },
  revoked: { error: "code-withdrawn" },
  "not-qualified": { error: "not-qualified" },
};

/** After confirming an address: the confirmation itself, or what kept it from giving a discount. */
export const CONFIRMED_MESSAGES: Record<DiscountResult["outcome"], AccountRedirect> = {
  ...DISCOUNT_MESSAGES,
  created: { notice: "academic-confirmed" },
  open: { notice: "academic-confirmed" },
  "already-discounted": { notice: "academic-confirmed" },
  "not-qualified": { notice: "academic-confirmed" },
};
