import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import type { EmailKind, EmailPayloads } from "./email-job";

export interface QueuedEmail<K extends EmailKind> {
  kind: K;
  to: string;
  userId?: string | null;
  payload: EmailPayloads[K];
  /**
   * Names the event this email reports, e.g. `billing.payment-failed:<stripe event id>`. An
   * email whose key was already queued is not queued again, so a repeated event sends once.
   */
  key: string;
}

async function insert<K extends EmailKind>(tx: Prisma.TransactionClient, email: QueuedEmail<K>): Promise<boolean> {
  const id = crypto.randomUUID();
  const { count } = await tx.emailMessage.createMany({
    data: [
      { id, key: email.key, kind: email.kind, to: email.to, userId: email.userId ?? null, payload: email.payload as Prisma.InputJsonValue },
    ],
    skipDuplicates: true,
  });
  if (count === 0) return false;
  await enqueue("email.send", { emailId: id }, { tx });
  return true;
}

/**
 * Queues an email for the worker to send. Pass `tx` to queue it in the same transaction as
 * the change it reports: it then exists exactly when that change commits. Returns false when
 * an email with the same key was queued before.
 */
export function enqueueEmail<K extends EmailKind>(email: QueuedEmail<K>, tx?: Prisma.TransactionClient): Promise<boolean> {
  return tx ? insert(tx, email) : db.$transaction((own) => insert(own, email));
}

/** A key for emails that answer a reader's own request (e.g. a sign-in link): every request is new. */
export const requestKey = (kind: EmailKind) => `${kind}:${crypto.randomUUID()}`;
