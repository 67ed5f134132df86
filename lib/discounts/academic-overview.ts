import "server-only";
import { db } from "@/lib/db";
import { academicState, type AcademicFacts } from "./academic-state";
import { getOpenCode } from "./issue-code";
import { heldByAnotherAccount } from "./mailbox-holder";
import { getAcademicQualifications } from "./qualification";

/** The account page's academic section: where the reader stands, and their added addresses. A read only. */
export async function getAcademicOverview(userId: string, subscription: AcademicFacts["subscription"], now = new Date()) {
  const [openCode, lastCode, qualifications, academicEmails] = await Promise.all([
    getOpenCode(userId, now),
    db.discountCode.findFirst({ where: { userId }, orderBy: { issuedAt: "desc" } }),
    getAcademicQualifications(userId, now),
    db.academicEmail.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
  ]);
  const mailboxes = await Promise.all(
    qualifications.map(async ({ email }) => ({ email, heldElsewhere: await heldByAnotherAccount(db, email, userId, now) })),
  );
  return { state: academicState({ openCode, lastCode, mailboxes, subscription }), academicEmails };
}
