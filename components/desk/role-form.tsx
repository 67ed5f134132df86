"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { Role } from "@/lib/entitlements";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { ROLE_LABELS } from "@/lib/people/role-rules";

const OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

/**
 * Changing a person's role, in two steps: choose, then confirm after reading what it means (the
 * server asks). Works without JavaScript too: each step is a form post.
 */
export function RoleForm({
  userId,
  role,
  action,
}: {
  userId: string;
  role: Role;
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [dismissed, setDismissed] = useState<FormState | null>(null);
  const confirming = state.status === "confirm" && dismissed !== state;
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const chosen = (state.values?.role as Role | undefined) ?? role;

  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="from" value={role} />
      {state.status === "ok" && <Notice>{state.message}</Notice>}
      {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
      {confirming ? (
        <div ref={question} tabIndex={-1} role="group" aria-labelledby="role-question" className="space-y-3 rounded border border-ink p-3">
          <p id="role-question" className="font-semibold">
            {state.message}
          </p>
          <input type="hidden" name="role" value={chosen} />
          <input type="hidden" name="confirm" value="yes" />
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={pending}>
              Yes, make them {ROLE_LABELS[chosen].toLowerCase()}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDismissed(state)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-48">
            <SelectField
              key={`${role}:${state.status}`}
              name="role"
              label="Role"
              options={OPTIONS}
              defaultValue={chosen}
              errors={state.fieldErrors?.role}
            />
          </div>
          <Button disabled={pending}>Change role…</Button>
        </div>
      )}
    </form>
  );
}
