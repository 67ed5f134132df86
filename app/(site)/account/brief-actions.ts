"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/guards";
import { briefPreferenceSchema } from "@/lib/briefs/preference-input";
import { optIntoBrief, saveBriefPreference } from "@/lib/briefs/preferences";
import { invalid, type FormState } from "@/lib/forms/form-state";

// The Daily Brief section of /account (and the offer after subscribing). Each action checks the session itself.

export async function saveBriefPreferences(form: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = briefPreferenceSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return invalid(parsed.error, form);
  await saveBriefPreference(user.id, parsed.data);
  revalidatePath("/account");
  return {
    status: "ok",
    message: parsed.data.enabled ? "Saved. The Daily Brief is on its way." : "Saved. You will not get the Daily Brief.",
  };
}

export async function startBrief(): Promise<FormState> {
  const user = await requireUser("/account");
  await optIntoBrief(user.id);
  return { status: "ok", message: "Done: the Daily Brief arrives at 6 AM. Change the time on your account page." };
}
