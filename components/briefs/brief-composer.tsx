"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE, type FormState } from "@/lib/forms/form-state";

// The desk's composer for one brief: intro, stories (reworded, moved with Up/Down buttons,
// removed) and additions. Every button submits the whole form, so no typed text is lost when
// moving a story; the server applies the text and the one operation together.

export interface ComposerItem {
  id: string;
  headline: string;
  summary: string;
  source: string;
}

interface Props {
  action: (form: FormData) => Promise<FormState>;
  brief: { id: string; version: number; intro: string; items: ComposerItem[] };
  picks: Array<{ value: string; label: string }>;
  articles: Array<{ value: string; label: string }>;
  editable: boolean;
}

export function BriefComposer({ action, brief, picks, articles, editable }: Props) {
  // Server actions take the form alone (proxy.ts refuses other shapes); the previous state stays here.
  const [state, formAction, pending] = useActionState((_previous: FormState, form: FormData) => action(form), IDLE);
  const sent = state.status === "error" ? state.values : undefined;
  const value = (name: string, fallback: string) => sent?.[name] ?? fallback;
  const errors = state.fieldErrors ?? {};
  const last = brief.items.length - 1;
  return (
    <form action={formAction} className="space-y-6">
      <input type="hidden" name="briefId" value={brief.id} />
      <input type="hidden" name="version" value={brief.version} />
      <input type="hidden" name="order" value={brief.items.map((i) => i.id).join(",")} />
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      {errors.form && <Notice tone="error">{errors.form.join(" ")}</Notice>}
      <fieldset disabled={!editable || pending} className="space-y-6">
        {/* Enter in a field presses the form's first button: make that "save", not "move story 1". */}
        <button name="op" value="save" className="hidden" tabIndex={-1} aria-hidden="true" />
        <TextAreaField
          name="intro"
          label="Introduction"
          hint="A few lines from the editors, for subscribers. Separate paragraphs with a blank line."
          defaultValue={value("intro", brief.intro)}
          rows={4}
          errors={errors.intro}
        />
        <ol className="space-y-4">
          {brief.items.map((item, index) => (
            <li key={item.id} className="rounded border border-neutral-300 bg-white p-3">
              <div className="mb-2 flex items-center justify-between gap-2 text-sm">
                <span className="text-muted">
                  {index + 1}. {item.source}
                </span>
                <span className="flex gap-3">
                  <button name="op" value={`up:${item.id}`} disabled={index === 0} className="underline disabled:opacity-40">
                    Up<span className="sr-only"> (story {index + 1})</span>
                  </button>
                  <button name="op" value={`down:${item.id}`} disabled={index === last} className="underline disabled:opacity-40">
                    Down<span className="sr-only"> (story {index + 1})</span>
                  </button>
                  <button name="op" value={`remove:${item.id}`} className="text-red-800 underline">
                    Remove<span className="sr-only"> story {index + 1}</span>
                  </button>
                </span>
              </div>
              <div className="space-y-2">
                <TextField
                  name={`headline:${item.id}`}
                  id={`headline-${item.id}`}
                  label={`Headline ${index + 1}`}
                  defaultValue={value(`headline:${item.id}`, item.headline)}
                  errors={errors[`headline:${item.id}`]}
                />
                <TextAreaField
                  name={`summary:${item.id}`}
                  id={`summary-${item.id}`}
                  label={`Summary ${index + 1}`}
                  defaultValue={value(`summary:${item.id}`, item.summary)}
                  rows={2}
                  errors={errors[`summary:${item.id}`]}
                />
              </div>
            </li>
          ))}
          {brief.items.length === 0 && <li className="text-muted">No stories yet: add picks or articles below.</li>}
        </ol>
        <div className="flex flex-wrap gap-3">
          <Button name="op" value="save">
            {pending ? "Saving…" : "Save brief"}
          </Button>
          <Button variant="secondary" name="op" value="add-new-picks">
            Add the day’s newer picks
          </Button>
        </div>
        <div className="grid gap-4 rounded border border-neutral-300 bg-white p-3 sm:grid-cols-2">
          <div className="space-y-2">
            <SelectField name="addPick" label="Add a pick" options={[{ value: "", label: "Choose a pick…" }, ...picks]} />
            <Button variant="secondary" name="op" value="add-pick">
              Add pick
            </Button>
          </div>
          <div className="space-y-2">
            <SelectField
              name="addArticle"
              label="Add one of our articles"
              options={[{ value: "", label: "Choose an article…" }, ...articles]}
            />
            <Button variant="secondary" name="op" value="add-article">
              Add article
            </Button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
