import "server-only";
import { recordAudit } from "@/lib/audit/audit-log";
import { db } from "@/lib/db";
import { createAdminClaimToken, hashAdminClaimToken } from "./admin-claim-token";
import { lockRoles } from "./roles-lock";

// The first admin without a command line: while a database has no admin, the start script
// issues a one-time link; the signed-in person who opens it becomes admin. Once anyone is admin
// (by this link, ADMIN_EMAILS or `npm run user:promote`), every link is dead.

/**
 * A fresh link token while there is no admin (replacing any earlier link, so only the last
 * printed one works), or null when there is an admin already.
 */
export async function issueAdminClaim(now = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await lockRoles(tx);
    await tx.adminClaim.deleteMany();
    if ((await tx.user.count({ where: { role: "ADMIN" } })) > 0) return null;
    const { token, tokenHash, expiresAt } = createAdminClaimToken(now);
    await tx.adminClaim.create({ data: { tokenHash, expiresAt } });
    return token;
  });
}

export type AdminClaimOutcome = "claimed" | "invalid" | "admin-exists";

/**
 * Makes `userId` admin if `token` is the live link and nobody is admin yet. The link is used up
 * either way; under the roles lock, two people opening it at once make exactly one admin.
 */
export async function redeemAdminClaim(userId: string, token: string, now = new Date()): Promise<AdminClaimOutcome> {
  return db.$transaction(async (tx) => {
    await lockRoles(tx);
    const used = await tx.adminClaim.deleteMany({ where: { tokenHash: hashAdminClaimToken(token), expiresAt: { gt: now } } });
    if (used.count === 0) return "invalid";
    if ((await tx.user.count({ where: { role: "ADMIN" } })) > 0) {
      await tx.adminClaim.deleteMany();
      return "admin-exists";
    }
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, role: true } });
    await tx.user.update({ where: { id: userId }, data: { role: "ADMIN" } });
    await recordAudit(tx, {
      actorId: userId,
      action: "user.admin-claim",
      subject: person.email,
      before: { role: person.role },
      after: { role: "ADMIN" },
    });
    return "claimed";
  });
}
