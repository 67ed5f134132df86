import { z } from "zod";
import { EDITOR_INTENTS } from "./publication-transition";
import type { ArticleFields } from "./revision-fields";
import { slugSchema } from "./slug";

// The editor's form, validated at the edge of every article action. Drafts need little (a
// title); publishing and scheduling need what readers will see (publishProblems). Pure.

/** Ids are cuids or, for an article created by its first save, the UUID the editor page chose. */
export const idSchema = z.string().regex(/^[a-z0-9-]{8,64}$/i, "Unknown id.");

const topicsSchema = z
  .string()
  .max(1000)
  .transform((value) => [
    ...new Set(
      value
        .split(",")
        .map((topic) => topic.trim().replace(/\s+/g, " "))
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(40, "Keep each topic under 40 characters.")).max(12, "Use at most 12 topics."));

/** Browsers send form text with CRLF line ends; articles are stored with LF, so diffs see only real changes. */
const text = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n"))
    .pipe(schema);

export const articleFormSchema = z.object({
  id: idSchema,
  /** The version the editor's text was based on (0: a new article). */
  baseVersion: z.coerce.number().int().min(0).max(2_000_000_000),
  intent: z.enum(EDITOR_INTENTS),
  title: text(z.string().trim().min(1, "Give the article a title.").max(200, "Keep the title under 200 characters.")),
  dek: text(z.string().trim().max(400, "Keep the standfirst under 400 characters.")),
  /** Empty: the address follows the title. */
  slug: z.union([z.literal(""), slugSchema]),
  body: text(z.string().max(200_000, "The body is longer than 200,000 characters.")),
  sectionId: z.string().regex(/^[a-z0-9-]{1,64}$/i, "Choose a section."),
  topics: topicsSchema,
  access: z.enum(["FREE", "REGISTERED", "SUBSCRIBER"], "Choose who can read it."),
  featured: z.boolean(),
  authorIds: z.array(idSchema).max(10, "At most 10 authors."),
  heroImageId: z.union([z.literal(""), idSchema]).transform((value) => value || null),
  heroImageAlt: text(z.string().trim().max(300, "Keep the description under 300 characters.")),
  /** datetime-local in the publication's time zone; only read when scheduling. */
  scheduledFor: z.string().max(40).default(""),
});

export type ArticleForm = z.infer<typeof articleFormSchema>;

/** The form's values as the schema reads them: checkboxes as booleans, authors as a list. */
export function readArticleForm(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(articleFormSchema.shape)) values[key] = form.get(key) ?? (key === "scheduledFor" ? undefined : "");
  values.featured = form.get("featured") === "on";
  values.authorIds = form.getAll("authorIds");
  return values;
}

export function toArticleFields(form: ArticleForm, slug: string): ArticleFields {
  return {
    title: form.title,
    dek: form.dek,
    slug,
    body: form.body,
    access: form.access,
    sectionId: form.sectionId,
    topics: form.topics,
    featured: form.featured,
    authorIds: [...new Set(form.authorIds)],
    heroImageId: form.heroImageId,
    heroImageAlt: form.heroImageId ? form.heroImageAlt : "",
  };
}

/** What readers need before an article may go out, as messages per field. */
export function publishProblems(fields: ArticleFields): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (!fields.dek) problems.dek = ["Write a standfirst: readers see it everywhere the article is listed."];
  if (!fields.body.trim()) problems.body = ["The article has no text yet."];
  if (fields.authorIds.length === 0) problems.authorIds = ["Choose at least one author."];
  return problems;
}

/** Problems any save must not have: an image without its description. */
export function saveProblems(fields: ArticleFields): Record<string, string[]> {
  return fields.heroImageId && !fields.heroImageAlt ? { heroImageAlt: ["Describe the image for readers who can't see it."] } : {};
}
