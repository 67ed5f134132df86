import "server-only";
import type { Prisma } from "@prisma/client";

// One door for the desk's audit rows, written in the transaction of the change they record, so a
// change and its record commit together or not at all. (The audit log's own module will take
// this over; callers won't change.)

export interface DeskAuditEntry {
  actorId: string | null;
  /** What happened, as `<thing>.<verb>`: "episode.publish", "author.delete", … */
  action: string;
  /** What it happened to, as `<Model>:<id>`. */
  subject: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

export async function recordDeskAudit(tx: Pick<Prisma.TransactionClient, "auditLog">, entry: DeskAuditEntry): Promise<void> {
  const { actorId, action, subject, before, after } = entry;
  await tx.auditLog.create({ data: { actorId, action, subject, details: { before: before ?? null, after: after ?? null } } });
}
