import { z } from "zod";

// What a section's label and slug may be, and how moving one reorders the rest. Pure.

export const SECTION_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const sectionLabelSchema = z.string().trim().min(1, "Give the section a name.").max(60, "Use at most 60 characters.");

export const newSectionSchema = z.object({
  label: sectionLabelSchema,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Give the section a slug.")
    .max(60, "Use at most 60 characters.")
    .regex(SECTION_SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, e.g. south-asia."),
});

/** The ids in their new order after moving `id` one place up or down (unchanged at either end). */
export function moveInOrder(ids: string[], id: string, direction: "up" | "down"): string[] {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
