import "server-only";
import { db } from "@/lib/db";
import { fromDbDate } from "./schedule";

// What the desk shows about briefs: their status and delivery counts, live from the table.

export type DeliveryCounts = Record<"queued" | "sent" | "failed" | "canceled", number>;

async function countsFor(briefIds: string[]): Promise<Map<string, DeliveryCounts>> {
  const groups = briefIds.length
    ? await db.briefDelivery.groupBy({ by: ["briefId", "status"], where: { briefId: { in: briefIds } }, _count: true })
    : [];
  const counts = new Map<string, DeliveryCounts>();
  for (const { briefId, status, _count } of groups) {
    const entry = counts.get(briefId) ?? { queued: 0, sent: 0, failed: 0, canceled: 0 };
    // Claimed by a worker and not yet accepted still counts as waiting.
    entry[status === "sending" ? "queued" : status] += _count;
    counts.set(briefId, entry);
  }
  return counts;
}

const NONE: DeliveryCounts = { queued: 0, sent: 0, failed: 0, canceled: 0 };

export async function listBriefsForDesk(take = 60) {
  const briefs = await db.brief.findMany({
    orderBy: { date: "desc" },
    take,
    select: { id: true, date: true, status: true, sendAt: true, _count: { select: { items: true } } },
  });
  const counts = await countsFor(briefs.map((b) => b.id));
  return briefs.map((b) => ({ ...b, date: fromDbDate(b.date), counts: counts.get(b.id) ?? NONE }));
}

export async function getBriefForDesk(id: string) {
  const brief = await db.brief.findUnique({ where: { id }, include: { items: { orderBy: { position: "asc" } } } });
  if (!brief) return null;
  const [counts, failures] = await Promise.all([
    countsFor([id]),
    db.briefDelivery.findMany({
      where: { briefId: id, status: "failed" },
      select: { id: true, attempts: true, lastError: true, user: { select: { email: true } } },
      orderBy: { id: "asc" },
      take: 50,
    }),
  ]);
  return { ...brief, date: fromDbDate(brief.date), counts: counts.get(id) ?? NONE, failures };
}
