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
}

export type EmailKind = keyof EmailPayloads;

/** The job that sends one EmailMessage row. */
export interface EmailJob {
  emailId: string;
}
