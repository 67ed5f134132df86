import "server-only";
import type { Prisma } from "@prisma/client";
import { recordAudit } from "@/lib/audit/audit-log";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { billingEmailsFor, type MirrorState, type TransitionFacts } from "./billing-emails";

/**
 * Queues the emails a subscription change calls for, in the transaction that writes the change,
 * and records for admins when a second subscription was canceled and refunded.
 */
export async function queueBillingEmails(
  tx: Prisma.TransactionClient,
  reader: { id: string; email: string },
  previous: MirrorState | null,
  next: MirrorState,
  facts: TransitionFacts,
): Promise<void> {
  for (const email of billingEmailsFor(previous, next, facts)) {
    await enqueueEmail({ ...email, to: reader.email, userId: reader.id }, tx);
  }
  if (facts.refunded) {
    await recordAudit(tx, {
      actorId: null,
      action: "billing.duplicate-subscription-refunded",
      subject: reader.email,
      after: { subscription: facts.subscriptionId, plan: facts.plan.name, ...facts.refunded },
    });
  }
}
