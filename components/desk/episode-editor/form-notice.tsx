import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/forms/form-state";

/** The message a desk form's action answered with, if any. */
export function FormNotice({ state }: { state: FormState }) {
  if (!state.message) return null;
  return <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>;
}
