import type { ZodError } from "zod";

/** The error `type`s Stripe's API returns; the SDK picks its error class from the HTTP status. */
export type StripeErrorType = "invalid_request_error" | "card_error" | "api_error" | "idempotency_error";

export interface StripeErrorBody {
  error: {
    type: StripeErrorType;
    message: string;
    code?: string;
    param?: string;
    decline_code?: string;
    doc_url?: string;
  };
}

/** Thrown anywhere in a request; the server turns it into Stripe's JSON error shape. */
export class StandinError extends Error {
  constructor(
    readonly status: number,
    readonly type: StripeErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly declineCode?: string,
  ) {
    super(message);
  }

  toBody(): StripeErrorBody {
    const error: StripeErrorBody["error"] = { type: this.type, message: this.message };
    if (this.code) {
      error.code = this.code;
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, "-")}`;
    }
    if (this.param) error.param = this.param;
    if (this.declineCode) error.decline_code = this.declineCode;
    return { error };
  }
}

/** Stripe's wording, e.g. "No such customer: 'cus_123'" with param `id`. */
export function notFound(objectName: string, id: string, param = "id"): StandinError {
  return new StandinError(404, "invalid_request_error", `No such ${objectName}: '${id}'`, "resource_missing", param);
}

export function invalidRequest(message: string, param?: string, code?: string): StandinError {
  return new StandinError(400, "invalid_request_error", message, code, param);
}

export function missingParam(param: string): StandinError {
  return invalidRequest(`Missing required param: ${param}.`, param, "parameter_missing");
}

/** 402 makes the SDK raise StripeCardError, as a real decline does. */
export function cardError(message: string, code: string, declineCode?: string): StandinError {
  return new StandinError(402, "card_error", message, code, undefined, declineCode);
}

/** Turns a zod failure on request params into the closest Stripe error (missing vs invalid). */
export function fromZodError(err: ZodError): StandinError {
  const issue = err.issues[0];
  if (!issue) return invalidRequest("Invalid request.");
  const param = issue.path.map((p, i) => (i === 0 ? String(p) : `[${String(p)}]`)).join("");
  if (issue.code === "invalid_type" && /received undefined/i.test(issue.message)) return missingParam(param);
  return invalidRequest(`Invalid ${param || "request"}: ${issue.message}`, param || undefined, "parameter_invalid");
}
