import "server-only";
import type { Prisma } from "@prisma/client";
import { CONTENT_CHANNEL } from "./content-channel";

// Tells every app instance that published content changed, so caches of reader pages can be
// dropped. PostgreSQL delivers a NOTIFY only when the transaction commits, so pass the
// transaction that makes the change: a rolled-back change notifies nobody.

export interface ContentChange {
  kind: "article" | "episode" | "author" | "section" | "settings" | "pick" | "brief";
  id?: string;
}

export async function notifyContentChanged(tx: Pick<Prisma.TransactionClient, "$executeRaw">, change: ContentChange): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CONTENT_CHANNEL}, ${JSON.stringify(change)})`;
}
