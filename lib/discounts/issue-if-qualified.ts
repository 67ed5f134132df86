import "server-only";
import { ACCESS_STATUSES } from "@/lib/entitlements";
import { db } from "@/lib/db";
import { issueAcademicCode } from "./issue-code";
import { getAcademicQualification } from "./qualification";

/**
 * Gives a reader their personal code when a verified academic address qualifies them and
 * they are not already subscribed. Called after sign-in and after confirming an address.
 */
export async function issueCodeIfQualified(userId: string): Promise<void> {
  const qualification = await getAcademicQualification(userId);
  if (!qualification) return;
  const live = await db.subscription.count({ where: { userId, status: { in: [...ACCESS_STATUSES] } } });
  if (live > 0) return;
  await issueAcademicCode(userId, qualification);
}
