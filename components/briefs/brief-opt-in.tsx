"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { IDLE, type FormState } from "@/lib/forms/form-state";

// After subscribing: the Daily Brief is offered, never switched on without the reader's yes.
export function BriefOptIn({ action }: { action: () => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(() => action(), IDLE);
  if (state.status === "ok") return <Notice>{state.message}</Notice>;
  return (
    <form action={formAction} className="rounded border border-neutral-300 bg-white p-4">
      <p className="font-semibold">Would you like the Daily Brief by email?</p>
      <p className="mt-1 text-sm text-muted">Every morning at 6 AM, the day’s most important stories. Stop it any time with one click.</p>
      <Button className="mt-3" disabled={pending}>
        Yes, send me the Daily Brief
      </Button>
    </form>
  );
}
