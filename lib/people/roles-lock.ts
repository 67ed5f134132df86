import "server-only";
import type { Prisma } from "@prisma/client";

// Every change of who is an admin takes this transaction-scoped lock first, so "is this the last
// admin?" and "is there an admin yet?" are answered and acted on without another change in
// between. Role changes are rare: serialising them costs nothing.
const ROLES_LOCK = 7_271_001;

export async function lockRoles(tx: Pick<Prisma.TransactionClient, "$executeRaw">): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROLES_LOCK})`;
}
