"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { requestAcademicEmailConfirmation, type AddAcademicEmailResult } from "@/lib/discounts/academic-address";
import { issueCodeIfQualified } from "@/lib/discounts/issue-if-qualified";

const MESSAGES: Record<AddAcademicEmailResult, string> = {
  sent: "We sent a confirmation link to that address. Click it to get your code.",
  invalid: "That doesn't look like an email address.",
  "not-academic": "We don't recognise that address as belonging to a university or school. If it does, write to us and we'll add it.",
  taken: "That academic address is already used by another account.",
  "rate-limited": "Too many confirmation emails were requested. Please try again in an hour.",
};

export async function addAcademicEmail(formData: FormData): Promise<void> {
  const user = await requireUser();
  const result = await requestAcademicEmailConfirmation(user.id, formData.get("academicEmail"));
  const key = result === "sent" ? "academic" : "error";
  redirect(`/account?${key}=${encodeURIComponent(result === "sent" ? "sent" : MESSAGES[result])}#academic`);
}

export async function requestFreshCode(): Promise<void> {
  const user = await requireUser();
  await issueCodeIfQualified(user.id);
  redirect("/account#academic");
}
