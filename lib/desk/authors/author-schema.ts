import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/desk/slug";

// What an author form may contain, with the messages shown next to each field.

export const AUTHOR_LIMITS = { maxName: 120, maxLocation: 120, maxBio: 3_000, maxPhotoBytes: 5 * 1024 * 1024 } as const;

export const authorFormSchema = z.object({
  name: z
    .string({ error: "Enter the author's name." })
    .trim()
    .min(1, "Enter the author's name.")
    .max(AUTHOR_LIMITS.maxName, `Keep the name under ${AUTHOR_LIMITS.maxName} characters.`),
  slug: z
    .string({ error: "The address must be text." })
    .trim()
    .toLowerCase()
    .max(SLUG_MAX_LENGTH, `Keep the address under ${SLUG_MAX_LENGTH} characters.`)
    .refine((slug) => slug === "" || SLUG_PATTERN.test(slug), "Use lowercase letters, digits and single hyphens, e.g. halima-mwangaza.")
    .default(""),
  location: z
    .string({ error: "The location must be text." })
    .trim()
    .max(AUTHOR_LIMITS.maxLocation, `Keep the location under ${AUTHOR_LIMITS.maxLocation} characters.`)
    .default(""),
  bio: z
    .string({ error: "The bio must be text." })
    // Paragraphs are kept; runs of spaces and stray blank lines are not.
    .transform((bio) =>
      bio
        .split(/\r?\n\s*\r?\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
        .filter(Boolean)
        .join("\n\n"),
    )
    .pipe(z.string().max(AUTHOR_LIMITS.maxBio, `Keep the bio under ${AUTHOR_LIMITS.maxBio} characters.`))
    .default(""),
});

export type AuthorForm = z.output<typeof authorFormSchema>;
