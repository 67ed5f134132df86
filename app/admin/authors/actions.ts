"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { authorFormSchema } from "@/lib/desk/authors/author-schema";
import { deleteAuthor, saveAuthor, setAuthorPhoto } from "@/lib/desk/authors/authors";
import { deskIdOf } from "@/lib/desk/desk-id";
import { textFieldsOf } from "@/lib/desk/episodes/episode-schema";
import { formValues, invalid, type FormState } from "@/lib/forms/form-state";

// Server actions of the authors desk. Each checks the role itself.

const MISSING: FormState = { status: "error", message: "This author no longer exists." };

export async function saveAuthorDetails(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = form.get("id") === null ? null : deskIdOf(form);
  if (form.get("id") !== null && !id) return MISSING;
  const parsed = authorFormSchema.safeParse(textFieldsOf(form, ["name", "slug", "location", "bio"]));
  if (!parsed.success) return invalid(parsed.error, form);
  const outcome = await saveAuthor(editor.id, id, parsed.data);
  if (!outcome.ok)
    return "missing" in outcome
      ? MISSING
      : { status: "error", message: "Please correct the fields marked below.", fieldErrors: outcome.fieldErrors, values: formValues(form) };
  if (!id) redirect(`/admin/authors/${outcome.id}?created=1`);
  refresh();
  return { status: "ok", message: "Saved." };
}

export async function removeAuthor(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = deskIdOf(form);
  if (!id) return MISSING;
  const outcome = await deleteAuthor(editor.id, id);
  if (outcome === "missing") return MISSING;
  if (outcome === "has-articles")
    return { status: "error", message: "This author has articles, so they can't be deleted: credit the articles to someone else first." };
  redirect("/admin/authors?deleted=1");
}

export async function removeAuthorPhoto(form: FormData): Promise<FormState> {
  const editor = await requireRole("EDITOR");
  const id = deskIdOf(form);
  if (!id) return MISSING;
  if (!(await setAuthorPhoto(editor.id, id, null))) return MISSING;
  refresh();
  return { status: "ok", message: "Photo removed." };
}
