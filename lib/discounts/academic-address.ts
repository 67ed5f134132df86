import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { enqueueEmail, requestKey } from "@/lib/email/enqueue-email";
import { consumeRateLimit, type RateLimit } from "@/lib/rate-limit";
import { checkAcademicEmailWithConfig } from "./academic-rules";
import { issueCodeIfQualified } from "./issue-if-qualified";
import { hashLinkToken } from "./link-token";

// A reader who signs in with a personal address can still qualify: they add their academic
// address on /account and prove they own it through a link we send there.

const PER_READER: RateLimit = { name: "academic-confirm:user", limit: 3, windowMs: 60 * 60 * 1000 };
const PER_ADDRESS: RateLimit = { name: "academic-confirm:email", limit: 3, windowMs: 60 * 60 * 1000 };

export type AddAcademicEmailResult = "sent" | "invalid" | "not-academic" | "taken" | "rate-limited";

export async function requestAcademicEmailConfirmation(userId: string, rawEmail: unknown): Promise<AddAcademicEmailResult> {
  const parsed = z.string().trim().max(254).safeParse(rawEmail);
  if (!parsed.success) return "invalid";
  const check = checkAcademicEmailWithConfig(parsed.data);
  if (!check.academic) return check.reason === "invalid" ? "invalid" : "not-academic";
  const email = check.normalisedEmail;

  // One academic address qualifies one account.
  const owner = await db.academicEmail.findUnique({ where: { email } });
  if (owner && owner.userId !== userId && owner.verifiedAt) return "taken";
  const sameAsSignIn = await db.user.findFirst({ where: { email, id: { not: userId }, emailVerified: { not: null } } });
  if (sameAsSignIn) return "taken";

  if (!(await consumeRateLimit(PER_READER, userId)) || !(await consumeRateLimit(PER_ADDRESS, email))) return "rate-limited";

  // The worker makes the link (and its token) when it sends the email.
  await db.$transaction(async (tx) => {
    const address = await tx.academicEmail.upsert({ where: { email }, update: { userId }, create: { email, userId } });
    await enqueueEmail(
      {
        kind: "academic-confirmation",
        to: email,
        userId,
        payload: { academicEmailId: address.id },
        key: requestKey("academic-confirmation"),
      },
      tx,
    );
  });
  return "sent";
}

export type ConfirmAcademicEmailResult = "confirmed" | "invalid-link";

/** Confirms the address behind a link, for the signed-in reader who asked for it, then issues their code. */
export async function confirmAcademicEmail(userId: string, token: string, now = new Date()): Promise<ConfirmAcademicEmailResult> {
  const claimed = await db.academicEmail.updateMany({
    where: { verifyTokenHash: hashLinkToken(token), userId, verifyTokenExpires: { gt: now } },
    data: { verifiedAt: now, verifyTokenHash: null, verifyTokenExpires: null },
  });
  if (claimed.count === 0) return "invalid-link";
  await issueCodeIfQualified(userId);
  return "confirmed";
}
