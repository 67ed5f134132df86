import "server-only";
import type { DraftFields, DraftMeta, EditorChoices } from "./editor-types";
import { getSettings } from "@/lib/settings/get-settings";
import { renderArticlePreview, type PreviewResult } from "./article-preview";
import { getEditorChoices, type EditorArticle } from "./article-queries";
import { dateToZonedInput } from "./schedule-time";
import { slugVariant, suggestSlug } from "./slug";

// What the editor page gives the editor: the article's fields as the form holds them, its
// state, the pickers' choices and the first preview (so the page opens fully drawn).

function zoneName(timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(new Date());
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** A never-published article whose slug is the title's (or a numbered variant) keeps following its title. */
function followsTitle(article: EditorArticle): boolean {
  if (article.publishedAt) return false;
  const suggested = suggestSlug(article.title, article.id);
  return article.slug === suggested || Array.from({ length: 48 }, (_, i) => slugVariant(suggested, i + 2)).includes(article.slug);
}

export async function getEditorProps(article: EditorArticle | null, newId: string) {
  const [{ sections, authors }, { timeZone }] = await Promise.all([getEditorChoices(), getSettings()]);
  const choices: EditorChoices = { sections, authors, timeZone, timeZoneName: zoneName(timeZone) };
  const fields: DraftFields = article
    ? {
        title: article.title,
        dek: article.dek,
        body: article.body,
        sectionId: article.sectionId,
        access: article.access,
        featured: article.featured,
        authorIds: article.authorIds,
        heroImageAlt: article.heroImageAlt,
        slug: followsTitle(article) ? "" : article.slug,
        topics: article.topics.join(", "),
        heroImage: article.heroImage && article.heroImageId ? { id: article.heroImageId, ...article.heroImage } : null,
        scheduledFor: article.scheduledFor ? dateToZonedInput(article.scheduledFor, timeZone) : "",
      }
    : {
        title: "",
        dek: "",
        slug: "",
        body: "",
        sectionId: sections[0]?.id ?? "",
        topics: "",
        access: "SUBSCRIBER",
        featured: false,
        authorIds: [],
        heroImage: null,
        heroImageAlt: "",
        scheduledFor: "",
      };
  const meta: DraftMeta = {
    id: article?.id ?? newId,
    version: article?.version ?? 0,
    status: article?.status ?? "DRAFT",
    slug: article?.slug ?? "",
    scheduledFor: article?.scheduledFor?.toISOString() ?? null,
    publishedAt: article?.publishedAt?.toISOString() ?? null,
    savedAt: article?.updatedAt.toISOString() ?? null,
  };
  const initialPreview: PreviewResult = { ...renderArticlePreview(fields.body), suggestedSlug: suggestSlug(fields.title, meta.id) };
  return { fields, meta, choices, initialPreview };
}
