"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { invalid, type FormState } from "@/lib/forms/form-state";
import { newSectionSchema, sectionLabelSchema } from "@/lib/settings/section-rules";
import { createSection, deleteSection, moveSection, renameSection, type SectionResult } from "@/lib/settings/sections-admin";

const ERRORS: Record<Exclude<SectionResult, { ok: true }>["error"], string> = {
  "slug-taken": "Another section has that slug.",
  "not-empty": "Only a section without articles can be deleted. Move its articles to another section first.",
  "no-such-section": "That section no longer exists. Reload the page.",
};

const sectionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a section from the list.");

const rowSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("rename"), id: sectionId, label: sectionLabelSchema }),
  z.object({ intent: z.enum(["up", "down", "delete"]), id: sectionId }),
]);

function answer(result: SectionResult, done: string): FormState {
  if (!result.ok) return { status: "error", message: ERRORS[result.error] };
  revalidatePath("/admin/settings/sections");
  return { status: "ok", message: done };
}

export async function addSectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole("ADMIN");
  const parsed = newSectionSchema.safeParse({ label: form.get("label"), slug: form.get("slug") });
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await createSection(admin.id, parsed.data);
  if (!result.ok && result.error === "slug-taken")
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: { slug: [ERRORS["slug-taken"]] },
      values: { label: parsed.data.label, slug: parsed.data.slug },
    };
  return answer(result, `Added “${parsed.data.label}”.`);
}

/** Rename, move up, move down or delete one section: the button pressed says which (`intent`). */
export async function changeSectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole("ADMIN");
  const parsed = rowSchema.safeParse({ intent: form.get("intent"), id: form.get("id"), label: form.get("label") });
  if (!parsed.success) return invalid(parsed.error, form);
  const input = parsed.data;
  switch (input.intent) {
    case "rename":
      return answer(await renameSection(admin.id, input), "Renamed.");
    case "delete":
      return answer(await deleteSection(admin.id, input), "Deleted.");
    default:
      return answer(
        await moveSection(admin.id, { id: input.id, direction: input.intent }),
        input.intent === "up" ? "Moved up." : "Moved down.",
      );
  }
}
