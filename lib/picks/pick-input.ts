import { z } from "zod";

// What an editor may write in a pick, validated the same way for new picks and edits. Pure.

export const HEADLINE_MAX = 160;
export const SUMMARY_MAX = 320;

function canonicalLanguage(value: string): string | null {
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

const id = z.string().regex(/^[a-z0-9]{1,64}$/, "Choose from the list.");
const text = (label: string, max: number) =>
  z
    .string({ error: `Write a ${label}.` })
    .trim()
    .min(1, `Write a ${label}.`)
    .max(max, `Keep the ${label} under ${max} characters.`);

const base = z.object({
  headline: text("headline", HEADLINE_MAX),
  // "One or two sentences" is held by length, not by counting full stops: sentence splitters
  // take "Dr." and "U.S." for sentence ends, and would refuse good summaries.
  summary: text("summary", SUMMARY_MAX),
  sectionId: z.union([z.literal(""), id]).optional(),
});

const ours = base.extend({ linkType: z.literal("article"), articleId: id });
const outside = base.extend({
  linkType: z.literal("external"),
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: "Use a full https:// address." }).max(2000),
  sourceName: text("source name", 80),
  language: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const tag = canonicalLanguage(value);
      if (!tag) ctx.addIssue({ code: "custom", message: "Use a language code such as en, es or pt-BR." });
      return tag ?? value;
    }),
});

export const pickInputSchema = z.discriminatedUnion("linkType", [ours, outside], { error: "Choose where the pick links to." });

export type PickInput = z.infer<typeof pickInputSchema>;

/** The database columns of a valid pick: exactly one kind of link. */
export function pickColumns(input: PickInput) {
  const common = { headline: input.headline, summary: input.summary, sectionId: input.sectionId || null };
  return input.linkType === "article"
    ? { ...common, articleId: input.articleId, url: null, sourceName: null, language: null }
    : { ...common, articleId: null, url: input.url, sourceName: input.sourceName, language: input.language };
}
