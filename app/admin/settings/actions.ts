"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guards";
import { invalid, type FormState } from "@/lib/forms/form-state";
import { SETTINGS_CACHE_TTL_MS } from "@/lib/settings/get-settings";
import { saveSettings } from "@/lib/settings/save-settings";
import { settingsFromForm } from "@/lib/settings/settings-form";

export async function saveSettingsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole("ADMIN");
  const result = await saveSettings(settingsFromForm(form), admin.id);
  if (!result.ok) return invalid(result.error, form);
  revalidatePath("/", "layout");
  return {
    status: "ok",
    message: `Saved. Every page shows the change within ${SETTINGS_CACHE_TTL_MS / 1000} seconds.`,
  };
}
