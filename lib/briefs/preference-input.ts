import { z } from "zod";
import { isIanaTimeZone } from "@/lib/settings/publication-settings";

// A reader's Daily Brief choices as the account form sends them. Pure.

export const briefPreferenceSchema = z
  .object({
    enabled: z.literal("on").optional(),
    timing: z.enum(["PUBLICATION", "LOCAL"], { error: "Choose when the brief arrives." }),
    timeZone: z.string().trim().max(64).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.timing === "LOCAL" && !(value.timeZone && isIanaTimeZone(value.timeZone)))
      ctx.addIssue({ code: "custom", path: ["timeZone"], message: "Choose your time zone from the list, e.g. Africa/Nairobi." });
  })
  .transform((value) => ({
    enabled: value.enabled === "on",
    timing: value.timing,
    timeZone: value.timing === "LOCAL" ? value.timeZone! : null,
  }));

export type BriefPreferenceInput = z.output<typeof briefPreferenceSchema>;
