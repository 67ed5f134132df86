import { extractInfoFromServerReferenceId } from "next/dist/shared/lib/server-reference-info.js";
import type { Rejection } from "./request-checks";

// Checks on form posts and server-action calls, made in proxy.ts before Next.js decodes them.
// Dispatch's server actions take the form they are bound to, and nothing else from the browser:
// `action(form)`, or `action(previousState, form)` under React's useActionState. React sends the
// arguments as JSON: `["$K<n>"]` (a reference to the form's fields, which travel beside it as
// `_<n>_<name>`) in field "0" of a multipart body, `[]` as a plain-text body when the action
// ignores its form, and `[<state>,"$K<n>"]` for useActionState, where the state is the plain JSON
// the action last answered (Next.js omits arguments an action never reads; the action's id says
// which it reads). Anything else under a Next-Action header was not sent by our pages and would
// otherwise fail inside Next.js' decoder or the action with a 500. Pure.

const FORM_REFERENCE = /^\$K[0-9a-f]+$/;

/** What an action takes from the browser: nothing, its form, or (useActionState) the previous state and its form. */
export type ActionArguments = "none" | "form" | "state-and-form";

export function actionArguments(actionId: string): ActionArguments | null {
  const { type, usedArgs, hasRestArgs } = extractInfoFromServerReferenceId(actionId);
  if (type !== "server-action" || hasRestArgs || usedArgs.slice(2).some(Boolean)) return null;
  if (usedArgs[1]) return "state-and-form";
  return usedArgs[0] ? "form" : "none";
}

/** How many forms the action with this id reads: 1, 0, or null for an action that is not a form action. */
export function formsReadBy(actionId: string): 0 | 1 | null {
  const shape = actionArguments(actionId);
  return shape === null ? null : shape === "none" ? 0 : 1;
}

const isFormReference = (arg: unknown) => typeof arg === "string" && FORM_REFERENCE.test(arg);

/**
 * A previous form state as React encodes plain data: objects, arrays, numbers, booleans, null and
 * text, where text starting with "$" is escaped as "$$" ("$undefined" for an omitted state). Any
 * other "$" string would make React's decoder build something else (references, dates, maps).
 */
function isPlainState(value: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  if (typeof value === "string") return !value.startsWith("$") || value.startsWith("$$") || value === "$undefined";
  if (value === null || typeof value !== "object") return true;
  return Object.values(value).every((item) => isPlainState(item, depth + 1));
}

/** Whether React-encoded action arguments are exactly what our pages send for this shape. */
export function isFormArguments(root: unknown, shape: ActionArguments | null): boolean {
  if (typeof root !== "string" || shape === null) return false;
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return false;
  }
  if (!Array.isArray(args)) return false;
  if (shape === "none") return args.length === 0;
  if (shape === "form") return args.length === 1 && isFormReference(args[0]);
  return args.length === 2 && isPlainState(args[0]) && isFormReference(args[1]);
}

const MALFORMED_CALL: Rejection = { status: 400, message: "This request is not a form submission this site can process." };

/** A form post's fields: text without NUL bytes and, for a server-action call, the forms it reads. */
export function checkFormSubmission(form: FormData, actionId: string | null): Rejection | null {
  for (const [name, value] of form) {
    if (name.includes("\u0000") || (typeof value === "string" && value.includes("\u0000"))) {
      return { status: 400, message: "Form fields may not contain NUL bytes." };
    }
  }
  return actionId !== null && !isFormArguments(form.get("0"), actionArguments(actionId)) ? MALFORMED_CALL : null;
}

/** A server-action call without a form: its plain-text body must be arguments our pages send. */
export function checkServerActionText(body: string, actionId: string): Rejection | null {
  return isFormArguments(body, actionArguments(actionId)) ? null : MALFORMED_CALL;
}

/** How a server-action call's body is encoded: a multipart form, plain-text arguments, or neither (415). */
export function serverActionEncoding(contentType: string | null): "form" | "text" | Rejection {
  const type = contentType?.toLowerCase() ?? "";
  if (type.startsWith("multipart/form-data")) return "form";
  if (type.startsWith("text/plain")) return "text";
  return { status: 415, message: "Server actions accept multipart/form-data or text/plain only." };
}
