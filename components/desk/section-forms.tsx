"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

function Outcome({ state }: { state: FormState }) {
  if (state.status === "ok") return <Notice>{state.message}</Notice>;
  if (state.status === "error" && !state.fieldErrors) return <Notice tone="error">{state.message}</Notice>;
  return null;
}

/** One section: rename it, move it, or delete it while it has no articles. */
export function SectionRow({
  section,
  first,
  last,
  action,
}: {
  section: { id: string; slug: string; label: string; articleCount: number };
  first: boolean;
  last: boolean;
  action: Action;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const fieldId = `section-${section.id}-label`;
  return (
    <li className="rounded border border-neutral-300 bg-white p-3">
      <form action={formAction} className="space-y-2">
        <input type="hidden" name="id" value={section.id} />
        <Outcome state={state} />
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <TextField
              id={fieldId}
              name="label"
              label={`Name of section “${section.slug}”`}
              hint={`Slug ${section.slug} · ${section.articleCount === 1 ? "1 article" : `${section.articleCount} articles`}`}
              defaultValue={state.values?.label ?? section.label}
              maxLength={60}
              errors={state.fieldErrors?.label}
            />
          </div>
          <Button name="intent" value="rename" variant="secondary" disabled={pending}>
            Rename
          </Button>
          <Button name="intent" value="up" variant="secondary" disabled={pending || first} aria-label={`Move ${section.label} up`}>
            ↑
          </Button>
          <Button name="intent" value="down" variant="secondary" disabled={pending || last} aria-label={`Move ${section.label} down`}>
            ↓
          </Button>
          <Button
            name="intent"
            value="delete"
            variant="danger"
            disabled={pending || section.articleCount > 0}
            aria-label={`Delete ${section.label}`}
            title={section.articleCount > 0 ? "Only an empty section can be deleted" : undefined}
          >
            Delete
          </Button>
        </div>
      </form>
    </li>
  );
}

export function NewSectionForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <Outcome state={state} />
      {state.status === "error" && state.fieldErrors && <Notice tone="error">{state.message}</Notice>}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="label"
          label="Name"
          maxLength={60}
          defaultValue={state.status === "error" ? state.values?.label : ""}
          errors={state.fieldErrors?.label}
        />
        <TextField
          name="slug"
          label="Slug"
          hint="In the section’s address; cannot change later. E.g. south-asia."
          maxLength={60}
          defaultValue={state.status === "error" ? state.values?.slug : ""}
          errors={state.fieldErrors?.slug}
        />
      </div>
      <Button disabled={pending}>Add section</Button>
    </form>
  );
}
