import "server-only";
import { z } from "zod";
import { billingDeps, type BillingDeps } from "@/lib/billing/billing-deps";
import { cancelAllSubscriptions } from "@/lib/billing/cancel";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue-email";

export const profileSchema = z.object({
  name: z.string().trim().max(100, "Keep your name under 100 characters."),
});

export async function updateProfile(userId: string, input: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  await db.user.update({ where: { id: userId }, data: { name: parsed.data.name || null } });
  return { ok: true };
}

/** Everything we store about a reader, for "download my data" (GDPR art. 15/20). */
export async function exportUserData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    include: {
      accounts: { select: { provider: true, type: true, providerAccountId: true } },
      sessions: { select: { expires: true } },
      subscriptions: { include: { plan: { select: { slug: true, name: true, interval: true, amount: true, currency: true } } } },
      academicEmails: { select: { email: true, verifiedAt: true, createdAt: true } },
      discountCodes: {
        select: { code: true, status: true, email: true, issuedAt: true, expiresAt: true, redeemedAt: true, confirmedAt: true },
      },
    },
  });
  return { exportedAt: new Date().toISOString(), ...user };
}

/**
 * Removes the reader and everything tied to them (sessions, sign-in accounts, subscriptions).
 * Billing is canceled first, so nobody keeps paying for an account that no longer exists. The
 * goodbye email is queued with the deletion and carries what it says: the reader is gone by then.
 */
export async function deleteAccount(userId: string, deps: BillingDeps = billingDeps()): Promise<void> {
  const canceled = await cancelAllSubscriptions(userId, deps);
  await deps.db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.delete({ where: { id: userId } });
    await enqueueEmail(
      {
        kind: "account-deleted",
        to: user.email,
        payload: { name: user.name, subscriptionCanceled: canceled > 0 },
        key: `account-deleted:${userId}`,
      },
      tx,
    );
  });
}
