import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { enqueueEmail, requestKey } from "@/lib/email/enqueue-email";
import { consumeRateLimit, type RateLimit } from "@/lib/rate-limit";
import { checkAcademicEmailWithConfig } from "./academic-rules";
import { issueCodeIfQualified, type DiscountResult } from "./issue-if-qualified";
import { ACADEMIC_LINK_LIFETIME_MS, hashLinkToken } from "./link-token";
import { heldByAnotherAccount } from "./mailbox-holder";
import { proofCutoff } from "./qualification";

// A reader who signs in with a personal address can still qualify: they add their academic
// address on /account and prove they own it through a link we send there.
//
// Who an address belongs to: a confirmed address stays with its account while the proof counts
// (a year, like sign-in proofs); a pending one stays with the reader who asked until its link
// expires (ACADEMIC_LINK_LIFETIME_MS after the request). Meanwhile nobody else can take it, reset
// its link or have mail sent to it. After that, a new request from anyone replaces it, and the
// old link stops working.

const PER_READER: RateLimit = { name: "academic-confirm:user", limit: 3, windowMs: 60 * 60 * 1000 };
const PER_ADDRESS: RateLimit = { name: "academic-confirm:email", limit: 3, windowMs: 60 * 60 * 1000 };

export type AddAcademicEmailResult =
  | "sent"
  | "invalid"
  | "not-academic"
  /** Confirmed by another account, or backing another account's discount. */
  | "taken"
  /** Another reader asked for it and their link still works. */
  | "pending-elsewhere"
  | "already-confirmed"
  | "rate-limited";

export async function requestAcademicEmailConfirmation(
  userId: string,
  rawEmail: unknown,
  now = new Date(),
): Promise<AddAcademicEmailResult> {
  const parsed = z.string().trim().max(254).safeParse(rawEmail);
  if (!parsed.success) return "invalid";
  const check = checkAcademicEmailWithConfig(parsed.data);
  if (!check.academic) return check.reason === "invalid" ? "invalid" : "not-academic";
  const email = check.normalisedEmail;

  const refusal = await refusalFor(userId, email, now);
  if (refusal) return refusal;
  if (!(await consumeRateLimit(PER_READER, userId)) || !(await consumeRateLimit(PER_ADDRESS, email))) return "rate-limited";

  // Claimed in one statement, so of readers asking at once exactly one gets the address. The
  // worker makes the link (and its token) when it sends the email.
  return db.$transaction(async (tx) => {
    const expires = new Date(now.getTime() + ACADEMIC_LINK_LIFETIME_MS);
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "AcademicEmail" ("id", "userId", "email", "verifyTokenExpires")
      VALUES (${crypto.randomUUID()}, ${userId}, ${email}, ${expires})
      ON CONFLICT ("email") DO UPDATE SET
        "userId" = EXCLUDED."userId",
        "verifyTokenExpires" = EXCLUDED."verifyTokenExpires",
        "verifiedAt" = NULL,
        "verifyTokenHash" = CASE WHEN "AcademicEmail"."userId" = EXCLUDED."userId" THEN "AcademicEmail"."verifyTokenHash" END
      WHERE CASE WHEN "AcademicEmail"."verifiedAt" IS NULL
        THEN "AcademicEmail"."userId" = EXCLUDED."userId" OR "AcademicEmail"."verifyTokenExpires" IS NULL OR "AcademicEmail"."verifyTokenExpires" <= ${now}
        ELSE "AcademicEmail"."verifiedAt" <= ${proofCutoff(now)} END
      RETURNING "id"`;
    const address = claimed[0];
    if (!address) return (await refusalFor(userId, email, now)) ?? "pending-elsewhere";
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
    return "sent";
  });
}

/** Why a reader may not ask to confirm this (normalised) address now, if they may not. */
async function refusalFor(userId: string, email: string, now: Date): Promise<AddAcademicEmailResult | null> {
  const row = await db.academicEmail.findUnique({ where: { email } });
  const proven = row?.verifiedAt && row.verifiedAt > proofCutoff(now);
  if (row && proven) return row.userId === userId ? "already-confirmed" : "taken";
  if (await heldByAnotherAccount(db, email, userId, now)) return "taken";
  const pendingElsewhere = row && !row.verifiedAt && row.userId !== userId && row.verifyTokenExpires && row.verifyTokenExpires > now;
  return pendingElsewhere ? "pending-elsewhere" : null;
}

export type ConfirmAcademicEmailResult = { outcome: "confirmed"; discount: DiscountResult } | { outcome: "invalid-link" };

/** Confirms the address behind a link, for the signed-in reader who asked for it, then gives their discount. */
export async function confirmAcademicEmail(userId: string, token: string, now = new Date()): Promise<ConfirmAcademicEmailResult> {
  const claimed = await db.academicEmail.updateMany({
    where: { verifyTokenHash: hashLinkToken(token), userId, verifyTokenExpires: { gt: now } },
    data: { verifiedAt: now, verifyTokenHash: null, verifyTokenExpires: null },
  });
  if (claimed.count === 0) return { outcome: "invalid-link" };
  return { outcome: "confirmed", discount: await issueCodeIfQualified(userId) };
}
