"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/entitlements";
import { invalid, type FormState } from "@/lib/forms/form-state";
import { changeRole, previewRoleChange } from "@/lib/people/change-role";
import { ROLE_CHANGE_ERRORS } from "@/lib/people/role-change-messages";

const roleSchema = z.enum(ROLES as [Role, ...Role[]], { error: "Choose Reader, Editor or Admin." });

const changeRoleSchema = z.object({
  userId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "Choose a person from the list."),
  from: roleSchema,
  role: roleSchema,
  /** Present only on the second step, after the admin read what the change means. */
  confirm: z.literal("yes").optional(),
});

/** Two steps: the first answers with the question to confirm, the second (confirm=yes) acts. */
export async function changeRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole("ADMIN");
  const parsed = changeRoleSchema.safeParse({
    userId: form.get("userId"),
    from: form.get("from"),
    role: form.get("role"),
    confirm: form.get("confirm") ?? undefined,
  });
  if (!parsed.success) return invalid(parsed.error, form);
  const { userId, from, role, confirm } = parsed.data;
  const change = { userId, from, to: role };
  if (!confirm) {
    const preview = await previewRoleChange(admin.id, change);
    if (!preview.ok) return { status: "error", message: ROLE_CHANGE_ERRORS[preview.error], values: { role } };
    return { status: "confirm", message: preview.question, values: { role } };
  }
  const result = await changeRole(admin.id, change);
  if (!result.ok) return { status: "error", message: ROLE_CHANGE_ERRORS[result.error], values: { role } };
  // Someone who just gave up their admin role can no longer see the people pages, and the desk's
  // navigation (a layout the browser keeps) must drop the admin sections.
  if (userId === admin.id) {
    revalidatePath("/", "layout");
    redirect(role === "EDITOR" ? "/admin" : "/");
  }
  revalidatePath(`/admin/people/${userId}`);
  return { status: "ok", message: `${result.email} is now ${role.toLowerCase()}. The change is in the audit log.` };
}
