"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { grantCodeByHand, revokeCodeAsStaff } from "@/lib/discounts/staff";
import { adminDiscountsUrl, grantMessage, REVOKE_NOTICES } from "./messages";

export async function grantCode(formData: FormData): Promise<void> {
  const admin = await requireRole("ADMIN");
  const result = await grantCodeByHand(admin.id, { email: formData.get("email"), note: formData.get("note") ?? "" });
  revalidatePath("/admin/discounts");
  redirect(adminDiscountsUrl(grantMessage(result)));
}

export async function revokeCode(formData: FormData): Promise<void> {
  const admin = await requireRole("ADMIN");
  const codeId = formData.get("codeId");
  // Code ids are cuids; anything else never reaches the database.
  if (typeof codeId !== "string" || !/^[a-z0-9]{1,64}$/.test(codeId)) redirect(adminDiscountsUrl({ error: "missing-code" }));
  const result = await revokeCodeAsStaff(admin.id, codeId);
  revalidatePath("/admin/discounts");
  redirect(adminDiscountsUrl(result ? { notice: REVOKE_NOTICES[result.outcome], code: result.code } : { error: "missing-code" }));
}
