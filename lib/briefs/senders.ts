import "server-only";
import type { JobWriter } from "@/lib/jobs/enqueue";
import { enqueue } from "@/lib/jobs/enqueue";

// How many `briefs.send` jobs may wait at once. Each one drains due deliveries until none are
// left; with several workers, several run side by side and share the rows (SKIP LOCKED). The
// queue's "short" policy keeps at most one waiting job per key, so ticks cannot pile them up.
export const PARALLEL_SENDERS = 2;

/** Asks the workers to send: in the transaction that queued the deliveries, so they exist together. */
export async function enqueueSenders(tx?: JobWriter): Promise<void> {
  for (let i = 0; i < PARALLEL_SENDERS; i++) await enqueue("briefs.send", {}, { tx, singletonKey: `sender-${i}` });
}
