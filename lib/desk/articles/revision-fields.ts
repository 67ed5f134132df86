import type { AccessLevel } from "@prisma/client";

// The editorial fields of an article: what the editor saves, what a revision keeps in full,
// and what a restore brings back. Pure.

export interface ArticleFields {
  title: string;
  dek: string;
  slug: string;
  body: string;
  access: AccessLevel;
  sectionId: string;
  topics: string[];
  featured: boolean;
  authorIds: string[];
  heroImageId: string | null;
  heroImageAlt: string;
}

export const FIELD_LABELS: Record<keyof ArticleFields, string> = {
  title: "Title",
  dek: "Standfirst",
  slug: "Address",
  body: "Body",
  access: "Access",
  sectionId: "Section",
  topics: "Topics",
  featured: "Featured",
  authorIds: "Authors",
  heroImageId: "Hero image",
  heroImageAlt: "Image description",
};

/** Prose is compared word by word; the other fields as whole values. */
export const PROSE_FIELDS = new Set<keyof ArticleFields>(["title", "dek", "body", "heroImageAlt"]);

export const ACCESS_LABELS: Record<AccessLevel, string> = {
  FREE: "Free to everyone",
  REGISTERED: "Free with sign-in",
  SUBSCRIBER: "Subscribers only",
};

/** Names for the ids a revision holds, so a diff reads "Authors: Amina Yusuf" and not an id. */
export interface FieldNames {
  sections: ReadonlyMap<string, string>;
  authors: ReadonlyMap<string, string>;
}

/** Every field as the text a person compares. */
export function displayFields(fields: ArticleFields, names: FieldNames): Record<keyof ArticleFields, string> {
  return {
    title: fields.title,
    dek: fields.dek,
    slug: fields.slug,
    body: fields.body,
    access: ACCESS_LABELS[fields.access],
    sectionId: names.sections.get(fields.sectionId) ?? "(deleted section)",
    topics: fields.topics.join(", "),
    featured: fields.featured ? "Yes" : "No",
    authorIds: fields.authorIds.map((id) => names.authors.get(id) ?? "(deleted author)").join(", "),
    heroImageId: fields.heroImageId ? "An image" : "None",
    heroImageAlt: fields.heroImageAlt,
  };
}

function sameValue(a: ArticleFields[keyof ArticleFields], b: ArticleFields[keyof ArticleFields]): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;
}

/** The fields whose values differ, in the editor's order. */
export function changedFields(before: ArticleFields, after: ArticleFields): Array<keyof ArticleFields> {
  return (Object.keys(FIELD_LABELS) as Array<keyof ArticleFields>).filter((key) => !sameValue(before[key], after[key]));
}
