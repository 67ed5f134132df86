"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { formValues, invalid, type FormState } from "@/lib/forms/form-state";
import { pickInputSchema } from "@/lib/picks/pick-input";
import { createPick, deletePick, movePick, updatePick, type PickResult } from "@/lib/picks/picks";

// Server actions of /admin/picks. Each checks the editor's role itself: a layout does not protect an action.

const ID = /^[a-z0-9]{1,64}$/;
const fieldsOf = (form: FormData) => Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));

const PROBLEMS: Record<Exclude<PickResult, { ok: true }>["error"], string> = {
  "missing-article": "That article no longer exists. Choose another.",
  "missing-section": "That section no longer exists. Choose another.",
  "not-found": "This pick was deleted in the meantime.",
};

export async function savePick(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = form.get("id");
  if (id !== null && (typeof id !== "string" || !ID.test(id))) return { status: "error", message: PROBLEMS["not-found"] };
  const parsed = pickInputSchema.safeParse(fieldsOf(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = id ? await updatePick(id, parsed.data) : await createPick(parsed.data, editor.id);
  if (!result.ok) return { status: "error", message: PROBLEMS[result.error], values: formValues(form) };
  revalidatePath("/admin/picks");
  if (id) redirect("/admin/picks?notice=saved");
  return { status: "ok", message: "Added to the stream." };
}

export async function removePick(form: FormData): Promise<void> {
  await requireRole("EDITOR");
  const id = form.get("id");
  const deleted = typeof id === "string" && ID.test(id) && (await deletePick(id));
  revalidatePath("/admin/picks");
  redirect(`/admin/picks?notice=${deleted ? "deleted" : "missing"}`);
}

export async function reorderPick(form: FormData): Promise<void> {
  await requireRole("EDITOR");
  const id = form.get("id");
  const direction = form.get("direction");
  if (typeof id === "string" && ID.test(id) && (direction === "up" || direction === "down")) await movePick(id, direction);
  revalidatePath("/admin/picks");
  redirect(`/admin/picks#pick-${typeof id === "string" && ID.test(id) ? id : ""}`);
}
