import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/desk/slug";

// What an episode form may contain, with the messages shown next to each field. Shared by the
// server actions (the only place input is trusted from) and the forms' hints.

export const EPISODE_LIMITS = { maxNumber: 99_999, maxSeason: 999, maxTitle: 200, maxSummary: 4_000 } as const;

export const EPISODE_TYPES = [
  { value: "full", label: "Full episode" },
  { value: "trailer", label: "Trailer" },
  { value: "bonus", label: "Bonus" },
] as const;

/** A whole number typed into a form field ("" is handled by the caller). */
const wholeNumber = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .regex(/^\d{1,9}$/, `The ${what} must be a whole number.`)
    .transform(Number)
    .pipe(z.number().min(1, `The ${what} starts at 1.`).max(max, `The ${what} can be at most ${max}.`));

export const episodeFormSchema = z.object({
  number: wholeNumber("episode number", EPISODE_LIMITS.maxNumber),
  title: z
    .string({ error: "Enter a title." })
    .trim()
    .min(1, "Enter a title.")
    .max(EPISODE_LIMITS.maxTitle, `Keep the title under ${EPISODE_LIMITS.maxTitle} characters.`),
  slug: z
    .string({ error: "The address must be text." })
    .trim()
    .toLowerCase()
    .max(SLUG_MAX_LENGTH, `Keep the address under ${SLUG_MAX_LENGTH} characters.`)
    .refine((slug) => slug === "" || SLUG_PATTERN.test(slug), "Use lowercase letters, digits and single hyphens, e.g. lithium-diplomacy.")
    .default(""),
  summary: z
    .string({ error: "Enter a summary." })
    .trim()
    .min(1, "Enter a summary: podcast apps show it under the title.")
    .max(EPISODE_LIMITS.maxSummary, `Keep the summary under ${EPISODE_LIMITS.maxSummary} characters.`),
  // Empty means no season; anything typed must be a whole number (a union would hide that message).
  season: z
    .preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      wholeNumber("season", EPISODE_LIMITS.maxSeason).optional(),
    )
    .transform((season) => season ?? null),
  episodeType: z.enum(["full", "trailer", "bonus"], { error: "Choose full, trailer or bonus." }).default("full"),
  explicit: z
    .union([z.literal("on"), z.literal("")], { error: "Tick the box or leave it empty." })
    .default("")
    .transform((value) => value === "on"),
});

export type EpisodeForm = z.output<typeof episodeFormSchema>;

export const ACCESS_LEVELS = [
  { value: "FREE", label: "Everyone" },
  { value: "REGISTERED", label: "Signed-in readers" },
  { value: "SUBSCRIBER", label: "Subscribers" },
] as const;

export const accessSchema = z.enum(["FREE", "REGISTERED", "SUBSCRIBER"], { error: "Choose who can read the transcript." });

/** The text fields of a submitted form, by name; files and missing fields are left out. */
export function textFieldsOf(form: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      const value = form.get(name);
      return [name, typeof value === "string" ? value : undefined];
    }),
  );
}

const EXTERNAL_AUDIO_TYPES: Record<string, string> = { mp3: "audio/mpeg", m4a: "audio/mp4" };

/** Audio hosted elsewhere: its https address, and the length and size the editor reads off their host. */
export const externalAudioSchema = z.object({
  audioUrl: z
    .string({ error: "Enter the audio's address." })
    .trim()
    .max(2_000, "Keep the address under 2,000 characters.")
    .refine(isHttpsUrl, "Enter a full https:// address.")
    .refine((url) => externalAudioType(url) !== null, "The address must end in .mp3 or .m4a, so podcast apps know how to play it."),
  duration: z
    .string({ error: "Enter how long the episode is." })
    .trim()
    .regex(/^(?:\d{1,2}:)?\d{1,3}:\d{2}$/, "Write the length as minutes:seconds or hours:minutes:seconds, e.g. 42:07.")
    .transform(clockSeconds)
    .pipe(
      z
        .number()
        .min(1, "The episode must be longer than that.")
        .max(100 * 3600 - 1, "That is longer than we accept."),
    ),
  audioBytes: z
    .string({ error: "The size must be a number." })
    .trim()
    .regex(/^\d{0,12}$/, "Enter the size in bytes as a whole number, or leave it empty.")
    .transform((value) => (value === "" ? 0 : Number(value)))
    .pipe(z.number().max(2 ** 31 - 1, "That is larger than we accept."))
    .default(0),
});

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "" && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The MIME type an external address's extension names, or null for anything but MP3 and M4A. */
export function externalAudioType(value: string): string | null {
  try {
    const extension = new URL(value).pathname.split(".").pop()?.toLowerCase() ?? "";
    return EXTERNAL_AUDIO_TYPES[extension] ?? null;
  } catch {
    return null;
  }
}

function clockSeconds(value: string): number {
  return value.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}
