import type { z } from "zod";

// What a form's server action answers: a message for the whole form and messages per field,
// plus the submitted values so the form can show them again. Used with React's useActionState.

export interface FormState {
  /** "confirm": nothing was done yet; the form asks the person to confirm (the message says what). */
  status: "idle" | "ok" | "error" | "confirm";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
}

export const IDLE: FormState = { status: "idle" };

/** Field messages from a failed zod parse, keyed by the field's name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // Nested fields are named by their path, e.g. "socialLinks.0.url".
    const key = issue.path.length > 0 ? issue.path.join(".") : "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** The text values of a submitted form (files left out), to show again after an error. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

export function invalid(error: z.ZodError, form: FormData, message = "Please correct the fields marked below."): FormState {
  return { status: "error", message, fieldErrors: fieldErrorsOf(error), values: formValues(form) };
}
