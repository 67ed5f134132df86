"use client";

import { useCallback, useState, useSyncExternalStore } from "react";
import { Notice } from "@/components/ui/notice";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { PreviewResult } from "@/lib/desk/articles/article-preview";
import { ACCESS_LABELS } from "@/lib/desk/articles/revision-fields";
import type { EditorResult } from "@/lib/desk/articles/editor-result";
import type { EditorIntent } from "@/lib/desk/articles/publication-transition";
import { ArticlePreviewPanel } from "./article-preview-panel";
import { AuthorPicker } from "./author-picker";
import { ConflictNotice } from "./conflict-notice";
import { DeleteDraftButton } from "./delete-draft-button";
import type { DraftFields, DraftMeta, EditorChoices } from "@/lib/desk/articles/editor-types";
import { HeroImageField } from "./hero-image-field";
import { PublishPanel } from "./publish-panel";
import { useArticleDraft } from "./use-article-draft";
import { useLivePreview } from "./use-live-preview";

// The article editor: fields on one side, the live preview on the other (stacked on a phone),
// and the publishing panel. Saves go through the server actions passed in.

interface Props {
  fields: DraftFields;
  meta: DraftMeta;
  choices: EditorChoices;
  initialPreview: PreviewResult;
  /** A message from the page that led here (e.g. after a restore). */
  notice?: string;
  saveAction: (form: FormData) => Promise<EditorResult>;
  previewAction: (form: FormData) => Promise<PreviewResult>;
  deleteAction: (form: FormData) => Promise<void>;
}

const noSubscription = () => () => undefined;

const ACCESS_OPTIONS = (["FREE", "REGISTERED", "SUBSCRIBER"] as const).map((value) => ({ value, label: ACCESS_LABELS[value] }));

export function ArticleEditor(props: Props) {
  const { fields: initialFields, meta: initialMeta, choices, initialPreview, notice, saveAction, previewAction, deleteAction } = props;
  // The first save creates the article: from then on the address bar shows its own page.
  const onCreated = useCallback((id: string) => window.history.replaceState(null, "", `/admin/articles/${id}`), []);
  const draft = useArticleDraft({ fields: initialFields, meta: initialMeta }, saveAction, onCreated);
  const { fields, meta, phase, result, update } = draft;
  const preview = useLivePreview(previewAction, { id: meta.id, title: fields.title, body: fields.body }, initialPreview);
  const [busy, setBusy] = useState(false);
  // Until the page is interactive, typing would be lost: the fields wait for it.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const errors = (result?.status === "error" && result.fieldErrors) || {};

  async function act(intent: EditorIntent) {
    setBusy(true);
    await draft.request(intent);
    setBusy(false);
  }

  const suggestedSlug = "suggestedSlug" in preview ? preview.suggestedSlug : "";
  const section = choices.sections.find((s) => s.id === fields.sectionId);
  const yourText = () => `# ${fields.title}\n\n${fields.dek}\n\n${fields.body}`;

  return (
    <div
      className="space-y-6"
      onKeyDown={(event) => {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "s") {
          event.preventDefault();
          void act("save");
        }
      }}
    >
      {notice && <Notice>{notice}</Notice>}
      {result?.conflict && <ConflictNotice conflict={result.conflict} yourText={yourText} onReload={draft.reloadDiscarding} />}
      <div className="grid gap-6 lg:grid-cols-2">
        <form
          aria-label="Article"
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void act("save");
          }}
          onBlur={draft.saveOnLeave}
        >
          <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-4 border-0 p-0">
            <legend className="sr-only">The article</legend>
            <TextField
              name="title"
              label="Title"
              required
              maxLength={200}
              value={fields.title}
              errors={errors.title}
              onChange={(e) => update({ title: e.target.value })}
            />
            <TextAreaField
              name="dek"
              label="Standfirst"
              hint="One or two sentences under the title; public everywhere."
              rows={2}
              maxLength={400}
              value={fields.dek}
              errors={errors.dek}
              onChange={(e) => update({ dek: e.target.value })}
            />
            <TextField
              name="slug"
              label="Address (slug)"
              hint={
                meta.publishedAt
                  ? `Readers find it at /articles/${fields.slug || meta.slug}. If you change it, the old address keeps redirecting here.`
                  : `Readers will find it at /articles/${fields.slug || suggestedSlug || meta.slug}. Leave empty to follow the title.`
              }
              placeholder={suggestedSlug}
              maxLength={80}
              value={fields.slug}
              errors={errors.slug}
              onChange={(e) => update({ slug: e.target.value })}
            />
            <TextAreaField
              name="body"
              label="Body (Markdown)"
              hint="## for a subheading, **bold**, *italic*, [link](https://…), > for a quote. Readers without access see the first two paragraphs."
              rows={18}
              value={fields.body}
              errors={errors.body}
              onChange={(e) => update({ body: e.target.value })}
              className="font-mono text-sm"
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                name="sectionId"
                label="Section"
                options={choices.sections.map((s) => ({ value: s.id, label: s.label }))}
                value={fields.sectionId}
                errors={errors.sectionId}
                onChange={(e) => update({ sectionId: e.target.value })}
              />
              <SelectField
                name="access"
                label="Who can read it"
                options={ACCESS_OPTIONS}
                value={fields.access}
                errors={errors.access}
                onChange={(e) => update({ access: e.target.value as DraftFields["access"] })}
              />
            </div>
            <TextField
              name="topics"
              label="Topics"
              hint="Separated by commas, e.g. ports, trade, Kenya."
              value={fields.topics}
              errors={errors.topics}
              onChange={(e) => update({ topics: e.target.value })}
            />
            <AuthorPicker
              authors={choices.authors}
              selected={fields.authorIds}
              errors={errors.authorIds}
              onChange={(authorIds) => update({ authorIds })}
            />
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name="featured"
                checked={fields.featured}
                onChange={(e) => update({ featured: e.target.checked })}
                className="h-4 w-4"
              />
              <span>
                <span className="font-semibold">Featured</span>{" "}
                <span className="text-sm text-muted">(the lead story on the home page while it is the newest featured one)</span>
              </span>
            </label>
            <HeroImageField
              image={fields.heroImage}
              alt={fields.heroImageAlt}
              errors={{ image: errors.heroImageId, alt: errors.heroImageAlt }}
              onChange={(patch) => update(patch)}
            />
          </fieldset>
        </form>
        <div className="space-y-6">
          <PublishPanel
            meta={meta}
            phase={phase}
            autosaves={draft.autosaves}
            busy={busy || !hydrated}
            timeZone={choices.timeZone}
            timeZoneName={choices.timeZoneName}
            scheduledFor={fields.scheduledFor}
            scheduleErrors={errors.scheduledFor}
            onScheduledForChange={(scheduledFor) => update({ scheduledFor })}
            onIntent={(intent) => void act(intent)}
            outcome={result?.conflict || phase === "dirty" ? undefined : (result ?? undefined)}
          />
          <ArticlePreviewPanel
            preview={preview}
            access={fields.access}
            sectionLabel={section?.label ?? ""}
            title={fields.title}
            dek={fields.dek}
            authors={choices.authors.filter((a) => fields.authorIds.includes(a.id))}
            publishedAt={meta.publishedAt}
            heroImage={fields.heroImage && { ...fields.heroImage, alt: fields.heroImageAlt }}
          />
        </div>
      </div>
      {meta.status === "DRAFT" && !meta.publishedAt && meta.version > 0 && (
        <DeleteDraftButton action={deleteAction} articleId={meta.id} version={meta.version} />
      )}
    </div>
  );
}
