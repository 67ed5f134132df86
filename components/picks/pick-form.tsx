"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { HEADLINE_MAX, SUMMARY_MAX } from "@/lib/picks/pick-input";

// The desk's form for a pick, new or edited: a headline, one or two sentences, and a link to
// one of our articles or to an outside source.

export interface PickFormValues {
  id?: string;
  headline: string;
  summary: string;
  linkType: "article" | "external";
  articleId: string;
  url: string;
  sourceName: string;
  language: string;
  sectionId: string;
}

interface Props {
  action: (form: FormData) => Promise<FormState>;
  initial: PickFormValues;
  articles: Array<{ value: string; label: string }>;
  sections: Array<{ value: string; label: string }>;
  submitLabel: string;
}

export function PickForm({ action, initial, articles, sections, submitLabel }: Props) {
  // Server actions take the form alone (proxy.ts refuses other shapes); the previous state stays here.
  const [state, formAction, pending] = useActionState((_previous: FormState, form: FormData) => action(form), IDLE);
  // After an error the form shows what was sent; after a new pick, an empty form.
  const values = { ...initial, ...(state.status === "error" ? state.values : {}) } as PickFormValues;
  const [linkType, setLinkType] = useState(values.linkType);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4">
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <TextField
        name="headline"
        label="Headline"
        defaultValue={values.headline}
        maxLength={HEADLINE_MAX}
        required
        errors={errors.headline}
      />
      <TextAreaField
        name="summary"
        label="Summary"
        hint={`One or two sentences in our words, at most ${SUMMARY_MAX} characters.`}
        defaultValue={values.summary}
        maxLength={SUMMARY_MAX}
        rows={3}
        required
        errors={errors.summary}
      />
      <fieldset className="space-y-2">
        <legend className="font-semibold">Links to</legend>
        {(["article", "external"] as const).map((type) => (
          <label key={type} className="mr-6 inline-flex items-center gap-2">
            <input type="radio" name="linkType" value={type} checked={linkType === type} onChange={() => setLinkType(type)} />
            {type === "article" ? "One of our articles" : "An outside source"}
          </label>
        ))}
        {errors.linkType && <p className="text-sm font-semibold text-red-800">{errors.linkType.join(" ")}</p>}
      </fieldset>
      {linkType === "article" ? (
        <SelectField
          name="articleId"
          label="Article"
          defaultValue={values.articleId}
          options={[{ value: "", label: "Choose an article…" }, ...articles]}
          errors={errors.articleId}
        />
      ) : (
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="sm:col-span-3">
            <TextField name="url" label="Address (https)" type="url" defaultValue={values.url} placeholder="https://" errors={errors.url} />
          </div>
          <TextField name="sourceName" label="Source" defaultValue={values.sourceName} maxLength={80} errors={errors.sourceName} />
          <TextField
            name="language"
            label="Language"
            hint="e.g. en, es, pt-BR"
            defaultValue={values.language}
            maxLength={35}
            errors={errors.language}
          />
        </div>
      )}
      <SelectField
        name="sectionId"
        label="Section"
        defaultValue={values.sectionId}
        options={[{ value: "", label: "No section" }, ...sections]}
        errors={errors.sectionId}
      />
      <Button disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
    </form>
  );
}
