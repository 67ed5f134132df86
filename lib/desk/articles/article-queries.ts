import "server-only";
import { db } from "@/lib/db";
import { mediaUrl } from "@/lib/storage/media-url";
import type { ArticleFields, FieldNames } from "./revision-fields";

// Reads for the desk: an article as the editor edits it, and the names a diff shows.

/** The editorial fields of an article row or a revision row. */
export function revisionFields(row: ArticleFields & Record<string, unknown>): ArticleFields {
  const { title, dek, slug, body, access, sectionId, topics, featured, authorIds, heroImageId, heroImageAlt } = row;
  return { title, dek, slug, body, access, sectionId, topics, featured, authorIds, heroImageId, heroImageAlt };
}

/** Every section's and author's name by id, for diffs. */
export async function loadFieldNames(): Promise<FieldNames> {
  const [sections, authors] = await Promise.all([
    db.section.findMany({ select: { id: true, label: true } }),
    db.author.findMany({ select: { id: true, name: true } }),
  ]);
  return { sections: new Map(sections.map((s) => [s.id, s.label])), authors: new Map(authors.map((a) => [a.id, a.name])) };
}

export interface EditorArticle extends ArticleFields {
  id: string;
  version: number;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  scheduledFor: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  heroImage: { url: string; width: number; height: number } | null;
}

/** An article with everything the editor shows, or null. */
export async function getArticleForEditor(id: string): Promise<EditorArticle | null> {
  const article = await db.article.findUnique({
    where: { id },
    include: { authors: { select: { id: true } }, heroImage: { select: { key: true, width: true, height: true } } },
  });
  if (!article) return null;
  const { authors, heroImage, ...row } = article;
  return {
    ...revisionFields({ ...row, authorIds: authors.map((a) => a.id) }),
    id: row.id,
    version: row.version,
    status: row.status,
    scheduledFor: row.scheduledFor,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    heroImage: heroImage ? { url: mediaUrl(heroImage.key), width: heroImage.width, height: heroImage.height } : null,
  };
}

/** What the editor's pickers offer. */
export async function getEditorChoices() {
  const [sections, authors] = await Promise.all([
    db.section.findMany({ select: { id: true, label: true }, orderBy: [{ position: "asc" }, { label: "asc" }] }),
    db.author.findMany({ select: { id: true, name: true, location: true }, orderBy: { name: "asc" } }),
  ]);
  return { sections, authors };
}
