import "server-only";
import { db } from "@/lib/db";
import { checkAcademicEmailWithConfig } from "./academic-rules";
import { RECONFIRM_EVERY_MONTHS } from "./reconfirmation-plan";

export interface AcademicQualification {
  /** The normalised mailbox. */
  email: string;
  domain: string;
}

/** Proofs older than this no longer qualify: the same rule as the yearly re-confirmation. */
export function proofCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - RECONFIRM_EVERY_MONTHS);
  return cutoff;
}

/**
 * The academic mailboxes that qualify a reader, best first: their sign-in address when a magic
 * link proved it (OAuth addresses never set emailVerified; every magic-link sign-in renews it),
 * then confirmed second addresses. A proof counts for a year, so a reader whose discount ended
 * for want of re-confirmation must prove the address again.
 */
export async function getAcademicQualifications(userId: string, now = new Date()): Promise<AcademicQualification[]> {
  const cutoff = proofCutoff(now);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      emailVerified: true,
      academicEmails: { where: { verifiedAt: { gt: cutoff } }, orderBy: { verifiedAt: "asc" }, select: { email: true } },
    },
  });
  if (!user) return [];
  const signInProven = user.emailVerified !== null && user.emailVerified > cutoff;
  const candidates = [...(signInProven ? [user.email] : []), ...user.academicEmails.map((a) => a.email)];
  const found = new Map<string, AcademicQualification>();
  for (const email of candidates) {
    const result = checkAcademicEmailWithConfig(email);
    if (result.academic && !found.has(result.normalisedEmail)) {
      found.set(result.normalisedEmail, { email: result.normalisedEmail, domain: result.domain });
    }
  }
  return [...found.values()];
}
