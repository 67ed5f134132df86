import "server-only";
import { db } from "@/lib/db";
import type { ArticleFields } from "./revision-fields";

/** Field messages for a section, authors or image that do not exist (deleted, or never were). */
export async function checkReferences(fields: ArticleFields): Promise<Record<string, string[]>> {
  const [section, authors, image] = await Promise.all([
    db.section.findUnique({ where: { id: fields.sectionId }, select: { id: true } }),
    fields.authorIds.length ? db.author.count({ where: { id: { in: fields.authorIds } } }) : 0,
    fields.heroImageId ? db.image.findUnique({ where: { id: fields.heroImageId }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (!section) errors.sectionId = ["Choose a section."];
  if (authors !== fields.authorIds.length) errors.authorIds = ["One of these authors no longer exists. Reload the page."];
  if (fields.heroImageId && !image) errors.heroImageId = ["This image is gone. Upload it again."];
  return errors;
}
