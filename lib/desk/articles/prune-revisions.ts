import "server-only";
import type { Prisma } from "@prisma/client";
import { revisionsToPrune } from "./revision-prune";

/** Applies the pruning rule (revision-prune.ts) to one article, inside its save. */
export async function pruneRevisions(tx: Prisma.TransactionClient, articleId: string, now: Date): Promise<number> {
  const stubs = await tx.articleRevision.findMany({
    where: { articleId },
    select: { id: true, version: true, kind: true, createdAt: true },
  });
  const ids = revisionsToPrune(stubs, now);
  if (ids.length === 0) return 0;
  const { count } = await tx.articleRevision.deleteMany({ where: { id: { in: ids } } });
  return count;
}
