"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { requestAcademicEmailConfirmation } from "@/lib/discounts/academic-address";
import { issueCodeIfQualified } from "@/lib/discounts/issue-if-qualified";
import { accountUrl, ADD_ADDRESS_MESSAGES, DISCOUNT_MESSAGES } from "./messages";

export async function addAcademicEmail(formData: FormData): Promise<void> {
  const user = await requireUser();
  const result = await requestAcademicEmailConfirmation(user.id, formData.get("academicEmail"));
  redirect(accountUrl(ADD_ADDRESS_MESSAGES[result]));
}

/** "Get my code" / "Apply my student price". */
export async function requestFreshCode(): Promise<void> {
  const user = await requireUser();
  const { outcome } = await issueCodeIfQualified(user.id);
  redirect(accountUrl(DISCOUNT_MESSAGES[outcome]));
}
