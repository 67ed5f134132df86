"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteAccount, updateProfile } from "@/lib/account/account-data";
import { requireUser } from "@/lib/auth/guards";
import { createPortalSession } from "@/lib/billing/checkout";
import { endCurrentSession } from "@/lib/auth/sign-out";
import { accountUrl } from "./messages";

// Server actions of /account. Each one checks the session itself (Next.js checks the Origin
// header of server actions, which makes them CSRF-safe).

export async function saveProfile(formData: FormData): Promise<void> {
  const user = await requireUser();
  const result = await updateProfile(user.id, { name: formData.get("name") ?? "" });
  revalidatePath("/account");
  redirect(accountUrl(result.ok ? { notice: "saved" } : { error: "name-invalid" }));
}

export async function signOut(): Promise<void> {
  await endCurrentSession();
  redirect("/");
}

export async function deleteMyAccount(formData: FormData): Promise<void> {
  const user = await requireUser();
  if (formData.get("confirm") !== "DELETE") redirect(accountUrl({ error: "confirm-delete" }));
  await deleteAccount(user.id);
  await endCurrentSession();
  redirect("/?deleted=1");
}

export async function openBillingPortal(): Promise<void> {
  const user = await requireUser();
  redirect(await createPortalSession(user));
}
