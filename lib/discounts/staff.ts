import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/audit-log";
import { db } from "@/lib/db";
import { normaliseMailbox } from "@/lib/email-address";
import { giveAcademicDiscount } from "./issue-if-qualified";
import { revokeCode, type RevokeOutcome } from "./revoke-code";

// What staff can do with academic codes. Every change is written to the audit log.

const grantSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254)),
  note: z.string().trim().max(500).default(""),
});

export type GrantResult =
  /** created: a new code, emailed when `emailed`; open: the reader already had one, nothing sent; applied: put on their subscription. */
  | { ok: true; outcome: "created" | "open" | "applied"; code: string; emailed: boolean }
  | { ok: false; error: "invalid-email" | "address-in-use" | "already-discounted" };

/** The "email us for a code" case: an address the dataset does not know, checked by a person. */
export async function grantCodeByHand(adminId: string, input: unknown): Promise<GrantResult> {
  const parsed = grantSchema.safeParse(input);
  const mailbox = parsed.success ? normaliseMailbox(parsed.data.email) : null;
  if (!parsed.success || mailbox === null) return { ok: false, error: "invalid-email" };
  const { email, note } = parsed.data;
  // The reader may not have signed in yet; their code waits for them on first sign-in.
  const user = await db.user.upsert({ where: { email }, update: {}, create: { email } });
  const result = await giveAcademicDiscount(user.id, [{ email: mailbox, domain: mailbox.split("@")[1]! }], adminId);
  // Grants override revocations and need no qualification, so only these two can refuse.
  if (!("code" in result)) return { ok: false, error: result.outcome === "already-discounted" ? "already-discounted" : "address-in-use" };
  const { code } = result.code;
  if (result.outcome !== "open") {
    await recordAudit(db, {
      actorId: adminId,
      action: "discount-code.grant",
      subject: email,
      after: { code, outcome: result.outcome, note },
    });
  }
  return { ok: true, outcome: result.outcome, code, emailed: result.emailed };
}

/** Revokes a code; null when there is no such code. */
export async function revokeCodeAsStaff(adminId: string, codeId: string): Promise<{ code: string; outcome: RevokeOutcome } | null> {
  const previous = await db.discountCode.findUnique({ where: { id: codeId }, select: { status: true } });
  const result = await revokeCode(codeId);
  if (!previous || !result) return null;
  const { code, outcome } = result;
  if (outcome !== "unchanged") {
    await recordAudit(db, {
      actorId: adminId,
      action: "discount-code.revoke",
      subject: code.email,
      before: { code: code.code, status: previous.status },
      after: { code: code.code, status: code.status, discountRemoved: outcome === "discount-removed" },
    });
  }
  return { code: code.code, outcome };
}

export function listCodes(limit = 200) {
  return db.discountCode.findMany({ include: { user: { select: { email: true } } }, orderBy: { issuedAt: "desc" }, take: limit });
}
