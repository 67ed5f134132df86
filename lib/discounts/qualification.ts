import "server-only";
import { db } from "@/lib/db";
import { checkAcademicEmailWithConfig } from "./academic-rules";

export interface AcademicQualification {
  email: string;
  domain: string;
}

/**
 * The verified academic address that qualifies a reader, if any: their sign-in address once a
 * magic link proved it (OAuth addresses never set emailVerified), or a confirmed second address.
 */
export async function getAcademicQualification(userId: string): Promise<AcademicQualification | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, emailVerified: true, academicEmails: { where: { verifiedAt: { not: null } }, select: { email: true } } },
  });
  if (!user) return null;
  const candidates = [...(user.emailVerified ? [user.email] : []), ...user.academicEmails.map((a) => a.email)];
  for (const email of candidates) {
    const result = checkAcademicEmailWithConfig(email);
    if (result.academic) return { email: result.normalisedEmail, domain: result.domain };
  }
  return null;
}
