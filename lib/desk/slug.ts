import { slugify } from "transliteration";

// Slugs for addresses (/podcasts/<slug>, /authors/<slug>): lowercase ASCII words joined by
// hyphens. Titles in any script are transliterated first ("Китай и Юг" → "kitay-i-yug"), so an
// editor writing in Russian or Chinese still gets a readable address.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/** A slug made from `text`, or `fallback` when nothing usable is left (e.g. only emoji). */
export function suggestSlug(text: string, fallback = "untitled"): string {
  const slug = slugify(text, { lowercase: true, separator: "-", trim: true })
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, "");
  return slug || fallback;
}

/** `slug`, or `slug-2`, `slug-3`, … : the first that `isTaken` says is free. */
export async function firstFreeSlug(slug: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `-${n}`;
    const candidate = `${slug.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
