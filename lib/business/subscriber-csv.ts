import "server-only";
import { db } from "@/lib/db";
import { csvLine } from "./csv";
import { subscriberWhere, type SubscriberFilter } from "./subscriber-filter";

// The subscribers export, streamed: rows are read in batches by keyset (id order), each batch
// written out before the next is read, so memory stays flat however many subscribers there are.

const BATCH = 1000;
const HEADER = [
  "email",
  "plan",
  "status",
  "cancel_at_period_end",
  "current_period_end",
  "discount_code",
  "discount_percent_off",
  "created_at",
];

export function subscribersCsv(filter: SubscriberFilter): ReadableStream<Uint8Array> {
  const where = subscriberWhere(filter);
  const encoder = new TextEncoder();
  let after: string | null = null;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    // Called whenever the consumer wants more: a slow download slows the reading down.
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvLine(HEADER)));
      }
      const rows = await db.subscription.findMany({
        where,
        orderBy: { id: "asc" },
        take: BATCH,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        select: {
          id: true,
          status: true,
          cancelAtPeriodEnd: true,
          currentPeriodEnd: true,
          discountCode: true,
          discountPercentOff: true,
          createdAt: true,
          user: { select: { email: true } },
          plan: { select: { slug: true } },
        },
      });
      if (rows.length === 0) return controller.close();
      after = rows[rows.length - 1]!.id;
      const lines = rows.map((r) =>
        csvLine([
          r.user.email,
          r.plan.slug,
          r.status,
          String(r.cancelAtPeriodEnd),
          r.currentPeriodEnd.toISOString(),
          r.discountCode ?? "",
          r.discountPercentOff === null ? "" : String(r.discountPercentOff),
          r.createdAt.toISOString(),
        ]),
      );
      controller.enqueue(encoder.encode(lines.join("")));
      if (rows.length < BATCH) controller.close();
    },
  });
}
