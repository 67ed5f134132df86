// The kinds of email Dispatch sends and what each needs to be written. Payloads are stored in
// EmailMessage.payload, so they hold ids and facts, never secrets: links carrying tokens are
// made by the worker at sending time.

export interface EmailPayloads {
  "sign-in-link": { callbackUrl: string };
  "discount-code": { codeId: string };
  "academic-confirmation": { academicEmailId: string };
  "academic-reconfirmation": { codeId: string; due: string };
  "academic-discount-ended": Record<string, never>;
  "academic-discount-applied": { codeId: string };
  "academic-discount-revoked": { codeId: string };
  // Billing (lib/billing/billing-emails.ts): the facts at the moment of the change; dates are ISO strings.
  "billing-welcome": { planName: string; amount: number; currency: string; interval: string; percentOff: number | null; renewsAt: string };
  "billing-payment-failed": { planName: string; readableUntil: string };
  "billing-cancel-scheduled": { planName: string; accessUntil: string };
  "billing-ended": { planName: string };
  "billing-duplicate-refunded": { planName: string; amount: number; currency: string };
  /** A private podcast feed address was replaced because it was used from too many places. */
  "podcast-feed-replaced": Record<string, never>;
  /** An editor's test copy of a Daily Brief, in the edition they asked for. */
  "brief-test": { briefId: string; edition: "full" | "free" };
  /** The reader's row is gone when this is sent, so it carries all it says. */
  "account-deleted": { name: string | null; subscriptionCanceled: boolean };
}

export type EmailKind = keyof EmailPayloads;

/** The job that sends one EmailMessage row. */
export interface EmailJob {
  emailId: string;
}
