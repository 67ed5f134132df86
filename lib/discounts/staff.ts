import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { issueAcademicCode, revokeCode } from "./issue-code";

// What staff can do with academic codes. Every action is written to the audit log.

const grantSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter the reader's email address.")),
  note: z.string().trim().max(500).default(""),
});

/** The "email us for a code" case: an address the dataset does not know, checked by a person. */
export async function grantCodeByHand(adminId: string, input: unknown): Promise<{ ok: true; code: string } | { ok: false; error: string }> {
  const parsed = grantSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  const { email, note } = parsed.data;
  // The reader may not have signed in yet; their code waits for them on first sign-in.
  const user = await db.user.upsert({ where: { email }, update: {}, create: { email } });
  const { code } = await issueAcademicCode(user.id, { email, domain: email.split("@")[1]!, grantedById: adminId });
  await db.auditLog.create({
    data: { actorId: adminId, action: "discount-code.grant", subject: email, details: { code: code.code, note } },
  });
  return { ok: true, code: code.code };
}

export async function revokeCodeAsStaff(adminId: string, codeId: string): Promise<void> {
  const code = await revokeCode(codeId);
  await db.auditLog.create({
    data: { actorId: adminId, action: "discount-code.revoke", subject: code.email, details: { code: code.code } },
  });
}

export function listCodes(limit = 200) {
  return db.discountCode.findMany({ include: { user: { select: { email: true } } }, orderBy: { issuedAt: "desc" }, take: limit });
}
