import { z } from "zod";

// What an admin can set about the publication, validated the same way wherever it is written
// (the first start's seed now, the desk's settings page later). Pure: no database.

/** An IANA zone name such as "America/New_York" or "UTC" (not a bare offset like "+05:30"). */
export function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A well-formed BCP 47 language tag such as "en" or "pt-BR", in its canonical spelling. */
function canonicalLanguage(value: string): string | null {
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    return tag ?? null;
  } catch {
    return null;
  }
}

const webUrl = z.url({ protocol: /^https?$/, error: "Use a full http(s):// address." }).max(2000);
/** Links to the publication's profiles elsewhere: every such site is served over HTTPS. */
const secureUrl = z.url({ protocol: /^https$/, error: "Use a full https:// address." }).max(2000);
/** A path on this site, e.g. "/media/logo.svg" (but not "//host", which leaves the site). */
const sitePath = z
  .string()
  .regex(/^\/(?![/\\])\S*$/, "Use a full http(s):// address or a path starting with /.")
  .max(2000);

export const settingsSchema = z.object({
  name: z.string().trim().min(1, "The publication needs a name.").max(100),
  tagline: z.string().trim().max(200),
  description: z.string().trim().max(500),
  timeZone: z.string().trim().refine(isIanaTimeZone, "Use an IANA time zone such as America/New_York."),
  language: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const tag = canonicalLanguage(value);
      if (!tag) ctx.addIssue({ code: "custom", message: "Use a language tag such as en or pt-BR." });
      return tag ?? value;
    }),
  logoUrl: z.union([webUrl, sitePath]).nullable(),
  socialLinks: z
    .array(z.object({ label: z.string().trim().min(1, "Give the link a label.").max(40), url: secureUrl }))
    .max(12, "At most 12 links."),
});

export type PublicationSettings = z.infer<typeof settingsSchema>;

/** Values for a publication nobody has configured yet, apart from its name. */
export const SETTINGS_DEFAULTS: Omit<PublicationSettings, "name"> = {
  tagline: "",
  description: "",
  timeZone: "America/New_York",
  language: "en",
  logoUrl: null,
  socialLinks: [],
};
