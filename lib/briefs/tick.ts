import "server-only";
import { db } from "@/lib/db";
import { CLAIM_TIMEOUT_MS } from "./delivery-policy";
import { queueLocalTimeDeliveries } from "./local-time";
import { releaseDueBriefs } from "./release";
import { enqueueSenders } from "./senders";

// The Daily Brief's clock: the `briefs.tick` job, run every minute by the worker's schedule (and
// at once after an editor's "send now"). Everything it does depends on the `now` it is given, so
// tests drive a whole day by calling it with chosen instants.

export interface TickReport {
  released: number;
  localQueued: number;
  completed: number;
}

/** Briefs being sent with nothing left to send (or retry) are sent. */
async function completeBriefs(now: Date): Promise<number> {
  const { count } = await db.brief.updateMany({
    where: { status: "SENDING", deliveries: { none: { status: { in: ["queued", "sending"] } } } },
    data: { status: "SENT", completedAt: now },
  });
  return count;
}

/** Whether any delivery waits for a sender: due now, or claimed by a worker that died. */
async function hasWorkForSenders(now: Date): Promise<boolean> {
  const waiting = await db.briefDelivery.findFirst({
    where: {
      OR: [
        { status: "queued", dueAt: { lte: now } },
        { status: "sending", claimedAt: { lt: new Date(now.getTime() - CLAIM_TIMEOUT_MS) } },
      ],
    },
    select: { id: true },
  });
  return waiting !== null;
}

export async function runBriefTick(now: Date): Promise<TickReport> {
  const released = await releaseDueBriefs(now);
  const localQueued = await queueLocalTimeDeliveries(now);
  // Retries whose back-off has passed and claims of dead workers need a sender too.
  if (await hasWorkForSenders(now)) await enqueueSenders();
  const completed = await completeBriefs(now);
  return { released, localQueued, completed };
}
