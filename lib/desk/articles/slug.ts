import { slugify } from "transliteration";
import { z } from "zod";

// An article's address (/articles/<slug>): lowercase ASCII words joined by hyphens, so it reads
// the same in every browser, feed reader and log. Titles in any script are transliterated
// (中国的港口 → zhong-guo-de-gang-kou); a title with nothing to transliterate (emoji only) falls
// back to a name made from the article's id. Pure.

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(SLUG_MAX_LENGTH, `Keep the address under ${SLUG_MAX_LENGTH} characters.`)
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens (like port-of-mombasa).");

/** Cuts a slug to `max` characters at a word boundary where there is one. */
function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > max / 2 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, "");
}

/** The slug a title suggests, or null when nothing in it can be written in ASCII. */
export function slugFromTitle(title: string): string | null {
  const slug = slugify(title, {
    lowercase: true,
    separator: "-",
    trim: true,
    replace: [
      ["'", ""],
      ["’", ""],
    ],
  })
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
  return slug ? shorten(slug, SLUG_MAX_LENGTH) : null;
}

/** The slug for a title, falling back to `article-<start of id>` when the title gives none. */
export function suggestSlug(title: string, articleId: string): string {
  return (
    slugFromTitle(title) ??
    `article-${articleId
      .replace(/[^a-z0-9]/gi, "")
      .slice(0, 8)
      .toLowerCase()}`
  );
}

/** The n-th alternative when a slug is taken: port-of-mombasa-2, -3, … (still within the limit). */
export function slugVariant(slug: string, n: number): string {
  const suffix = `-${n}`;
  return `${shorten(slug, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
}
