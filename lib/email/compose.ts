import "server-only";
import type { ReactElement } from "react";
import { composeSignInEmail } from "@/lib/auth/sign-in-email";
import {
  composeAccountDeletedEmail,
  composeCancelScheduledEmail,
  composeDuplicateRefundedEmail,
  composeEndedEmail,
  composePaymentFailedEmail,
  composeWelcomeEmail,
} from "@/lib/billing/emails";
import {
  composeAcademicConfirmationEmail,
  composeDiscountCodeEmail,
  composeDiscountEndedEmail,
  composeReconfirmationEmail,
} from "@/lib/discounts/emails";
import { composeDiscountAppliedEmail, composeDiscountRevokedEmail } from "@/lib/discounts/discount-change-emails";
import { composeFeedReplacedEmail } from "@/lib/podcasts/feed-emails";
import { composeBriefTestEmail } from "@/lib/briefs/test-email";
import type { EmailKind, EmailPayloads } from "./email-job";

// Which template writes each kind of email. Composers run in the worker when the email is sent,
// read what they need fresh from the database, and return null when the email no longer applies.

export interface ComposedEmail {
  subject: string;
  body: ReactElement;
  headers?: Record<string, string>;
}

export interface ComposeInput<K extends EmailKind> {
  to: string;
  userId: string | null;
  payload: EmailPayloads[K];
}

type Composers = { [K in EmailKind]: (input: ComposeInput<K>) => Promise<ComposedEmail | null> };

const COMPOSERS: Composers = {
  "sign-in-link": composeSignInEmail,
  "discount-code": composeDiscountCodeEmail,
  "academic-confirmation": composeAcademicConfirmationEmail,
  "academic-reconfirmation": composeReconfirmationEmail,
  "academic-discount-ended": composeDiscountEndedEmail,
  "academic-discount-applied": composeDiscountAppliedEmail,
  "academic-discount-revoked": composeDiscountRevokedEmail,
  "billing-welcome": composeWelcomeEmail,
  "billing-payment-failed": composePaymentFailedEmail,
  "billing-cancel-scheduled": composeCancelScheduledEmail,
  "billing-ended": composeEndedEmail,
  "billing-duplicate-refunded": composeDuplicateRefundedEmail,
  "account-deleted": composeAccountDeletedEmail,
  "podcast-feed-replaced": composeFeedReplacedEmail,
  "brief-test": composeBriefTestEmail,
};

export function composeEmail<K extends EmailKind>(
  kind: K,
  input: { to: string; userId: string | null; payload: unknown },
): Promise<ComposedEmail | null> {
  const composer = COMPOSERS[kind] as ((input: ComposeInput<K>) => Promise<ComposedEmail | null>) | undefined;
  if (!composer) throw new Error(`No template for email kind "${kind}"`);
  return composer(input as ComposeInput<K>);
}
