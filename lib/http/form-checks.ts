import type { Rejection } from "./request-checks";

// Checks on form posts (server actions and route handlers) made in proxy.ts, before Next.js
// decodes them. Dispatch's server actions all take one thing: the form they are bound to. React
// sends a form to an action as field "0" = `["$K<n>"]`, a reference to the form's fields (which
// travel as `_<n>_<name>`). Anything else under a Next-Action header was not sent by our pages,
// and would otherwise fail inside Next.js' decoder or the action with a 500. Pure.

const FORM_REFERENCE = /^\$K[0-9a-f]+$/;

function isFormArguments(root: FormDataEntryValue | null): boolean {
  if (typeof root !== "string") return false;
  try {
    const args: unknown = JSON.parse(root);
    return Array.isArray(args) && args.length <= 1 && args.every((arg) => typeof arg === "string" && FORM_REFERENCE.test(arg));
  } catch {
    return false;
  }
}

/** A form post's fields: text without NUL bytes and, for a server action call, exactly one form. */
export function checkFormSubmission(form: FormData, serverActionCall: boolean): Rejection | null {
  for (const [name, value] of form) {
    if (name.includes("\u0000") || (typeof value === "string" && value.includes("\u0000"))) {
      return { status: 400, message: "Form fields may not contain NUL bytes." };
    }
  }
  if (serverActionCall && !isFormArguments(form.get("0"))) {
    return { status: 400, message: "This request is not a form submission this site can process." };
  }
  return null;
}

/** Server actions are called with a multipart form; other bodies are refused before decoding. */
export function checkServerActionContentType(contentType: string | null): Rejection | null {
  return contentType?.toLowerCase().startsWith("multipart/form-data")
    ? null
    : { status: 415, message: "Server actions accept multipart/form-data only." };
}
