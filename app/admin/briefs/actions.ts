"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { parseBriefText, parseOperation } from "@/lib/briefs/brief-input";
import { deleteDraftBrief, scheduleBrief, sendBriefNow, unscheduleBrief, type StatusResult } from "@/lib/briefs/brief-status";
import { openBrief, saveBrief } from "@/lib/briefs/compose-brief";
import { isBriefDate } from "@/lib/briefs/schedule";
import { requestBriefTest } from "@/lib/briefs/send-test";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { briefUrl } from "./messages";

// Server actions of the Daily Brief desk. Each checks the editor's role itself.

const ID = /^[a-z0-9]{1,64}$/;

function briefId(form: FormData): string {
  const id = form.get("briefId");
  if (typeof id !== "string" || !ID.test(id)) redirect("/admin/briefs?error=missing");
  return id;
}

export async function openBriefForDate(form: FormData): Promise<void> {
  await requireRole("EDITOR");
  const date = form.get("date");
  if (typeof date !== "string" || !isBriefDate(date)) redirect("/admin/briefs?error=date");
  redirect(`/admin/briefs/${await openBrief(date)}`);
}

const SAVE_PROBLEMS = {
  conflict: "Someone else changed this brief while you were editing. Reload to see their changes, then make yours again.",
  "not-editable": "This brief has gone out and can no longer change.",
  full: "A brief holds at most 30 stories. Remove one first.",
  missing: "That story or article no longer exists.",
};

export async function saveBriefText(form: FormData): Promise<FormState> {
  await requireRole("EDITOR");
  const id = form.get("briefId");
  if (typeof id !== "string" || !ID.test(id)) return { status: "error", message: SAVE_PROBLEMS.missing };
  const fields = Object.fromEntries(form.entries());
  const op = parseOperation(fields.op, fields);
  const text = parseBriefText(fields);
  if (!op) return { status: "error", message: "Choose a story or article to add first.", values: formValues(form) };
  if (!text.ok)
    return { status: "error", message: "Please correct the fields marked below.", fieldErrors: text.fieldErrors, values: formValues(form) };
  const result = await saveBrief(id, text.value, op);
  if (!result.ok) return { status: "error", message: SAVE_PROBLEMS[result.error], values: formValues(form) };
  revalidatePath(`/admin/briefs/${id}`);
  return { status: "ok", message: op.kind === "save" ? "Saved." : "Saved and updated." };
}

function afterStatusChange(id: string, result: StatusResult, notice: "scheduled" | "unscheduled" | "sending"): never {
  revalidatePath(`/admin/briefs/${id}`);
  revalidatePath("/admin/briefs");
  redirect(briefUrl(id, result.ok ? { notice } : { error: result.error }));
}

export async function scheduleBriefAction(form: FormData): Promise<void> {
  await requireRole("EDITOR");
  const id = briefId(form);
  afterStatusChange(id, await scheduleBrief(id), "scheduled");
}

export async function unscheduleBriefAction(form: FormData): Promise<void> {
  await requireRole("EDITOR");
  const id = briefId(form);
  afterStatusChange(id, await unscheduleBrief(id), "unscheduled");
}

export async function sendBriefNowAction(form: FormData): Promise<void> {
  await requireRole("EDITOR");
  const id = briefId(form);
  if (form.get("confirm") !== "yes") redirect(briefUrl(id, { error: "confirm" }));
  afterStatusChange(id, await sendBriefNow(id), "sending");
}

export async function sendBriefTestAction(form: FormData): Promise<void> {
  const editor = await requireRole("EDITOR");
  const id = briefId(form);
  const edition = form.get("edition") === "free" ? "free" : "full";
  const outcome = await requestBriefTest(editor, id, edition);
  redirect(briefUrl(id, outcome === "queued" ? { notice: "test-queued" } : { error: "rate-limited" }));
}

export async function deleteBriefAction(form: FormData): Promise<void> {
  await requireRole("EDITOR");
  const id = briefId(form);
  const deleted = await deleteDraftBrief(id);
  revalidatePath("/admin/briefs");
  redirect(deleted ? "/admin/briefs?notice=deleted" : briefUrl(id, { error: "not-allowed" }));
}
