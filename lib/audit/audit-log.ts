import "server-only";
import type { Prisma } from "@prisma/client";

// The one writer of the audit log. Pass the transaction that makes the change, so the record and
// the change commit (or roll back) together: no change without its record, no record of a change
// that never happened.

export type AuditValues = Record<string, Prisma.InputJsonValue | null>;

export interface AuditEntry {
  /** Who acted; null for the system (a webhook, a job). */
  actorId: string | null;
  /** Dotted name of what happened, e.g. "user.role-change" or "settings.update". */
  action: string;
  /** What it happened to: a person's email, or auditSubject(kind, id) for a record. */
  subject: string;
  /** The changed fields as they were (omit, or null, for a creation). */
  before?: AuditValues | null;
  /** The changed fields as they became (omit, or null, for a deletion). */
  after?: AuditValues | null;
}

/** "article:ck…": how records are named in the audit log, so their history can be looked up. */
export function auditSubject(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/** Records what staff (or the system) did, inside the transaction that did it. */
export async function recordAudit(tx: Pick<Prisma.TransactionClient, "auditLog">, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subject: entry.subject,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
