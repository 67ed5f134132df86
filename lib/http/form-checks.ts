import { extractInfoFromServerReferenceId } from "next/dist/shared/lib/server-reference-info.js";
import type { Rejection } from "./request-checks";

// Checks on form posts and server-action calls, made in proxy.ts before Next.js decodes them.
// Dispatch's server actions take one thing at most: the form they are bound to. React sends the
// arguments as JSON: `["$K<n>"]` (a reference to the form's fields, which travel beside it as
// `_<n>_<name>`) in field "0" of a multipart body, or `[]` as a plain-text body when the action
// ignores its form; the action's id says which (Next.js omits arguments an action never reads).
// Anything else under a Next-Action header was not sent by our pages and would otherwise fail
// inside Next.js' decoder or the action with a 500. Pure.

const FORM_REFERENCE = /^\$K[0-9a-f]+$/;

/** How many forms the action with this id reads: 1, 0, or null for an action that is not a form action. */
export function formsReadBy(actionId: string): 0 | 1 | null {
  const { type, usedArgs, hasRestArgs } = extractInfoFromServerReferenceId(actionId);
  if (type !== "server-action" || hasRestArgs || usedArgs.slice(1).some(Boolean)) return null;
  return usedArgs[0] ? 1 : 0;
}

/** Whether React-encoded action arguments are exactly `forms` form references. */
export function isFormArguments(root: unknown, forms: 0 | 1 | null): boolean {
  if (typeof root !== "string" || forms === null) return false;
  try {
    const args: unknown = JSON.parse(root);
    return Array.isArray(args) && args.length === forms && args.every((arg) => typeof arg === "string" && FORM_REFERENCE.test(arg));
  } catch {
    return false;
  }
}

const MALFORMED_CALL: Rejection = { status: 400, message: "This request is not a form submission this site can process." };

/** A form post's fields: text without NUL bytes and, for a server-action call, the forms it reads. */
export function checkFormSubmission(form: FormData, actionId: string | null): Rejection | null {
  for (const [name, value] of form) {
    if (name.includes("\u0000") || (typeof value === "string" && value.includes("\u0000"))) {
      return { status: 400, message: "Form fields may not contain NUL bytes." };
    }
  }
  return actionId !== null && !isFormArguments(form.get("0"), formsReadBy(actionId)) ? MALFORMED_CALL : null;
}

/** A server-action call without a form: its plain-text body must be arguments our pages send. */
export function checkServerActionText(body: string, actionId: string): Rejection | null {
  return isFormArguments(body, formsReadBy(actionId)) ? null : MALFORMED_CALL;
}

/** How a server-action call's body is encoded: a multipart form, plain-text arguments, or neither (415). */
export function serverActionEncoding(contentType: string | null): "form" | "text" | Rejection {
  const type = contentType?.toLowerCase() ?? "";
  if (type.startsWith("multipart/form-data")) return "form";
  if (type.startsWith("text/plain")) return "text";
  return { status: 415, message: "Server actions accept multipart/form-data or text/plain only." };
}
