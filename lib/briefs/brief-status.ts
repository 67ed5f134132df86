import "server-only";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { getSettings } from "@/lib/settings/get-settings";
import { fromDbDate, sendTimeOf } from "./schedule";

// A brief's way out: draft → scheduled (for 06:00 of its date in the publication's zone) →
// sending → sent. The worker's minute tick releases scheduled briefs whose time has come;
// "send now" schedules for this instant and wakes the tick at once, in the same transaction.

export type StatusResult = { ok: true; sendAt?: Date } | { ok: false; error: "empty" | "not-allowed" | "missing" };

async function briefOf(id: string) {
  return db.brief.findUnique({ where: { id }, select: { status: true, date: true, _count: { select: { items: true } } } });
}

/** Schedules a draft for 06:00 of its date (if that has passed, the next tick sends it). */
export async function scheduleBrief(id: string): Promise<StatusResult> {
  const brief = await briefOf(id);
  if (!brief) return { ok: false, error: "missing" };
  if (brief._count.items === 0) return { ok: false, error: "empty" };
  const sendAt = sendTimeOf(fromDbDate(brief.date), (await getSettings()).timeZone);
  const { count } = await db.brief.updateMany({
    where: { id, status: "DRAFT" },
    data: { status: "SCHEDULED", sendAt, version: { increment: 1 } },
  });
  return count ? { ok: true, sendAt } : { ok: false, error: "not-allowed" };
}

export async function unscheduleBrief(id: string): Promise<StatusResult> {
  const { count } = await db.brief.updateMany({
    where: { id, status: "SCHEDULED" },
    data: { status: "DRAFT", sendAt: null, version: { increment: 1 } },
  });
  return count ? { ok: true } : { ok: false, error: "not-allowed" };
}

/** Sends a draft or scheduled brief now: the worker's tick releases it within seconds. */
export async function sendBriefNow(id: string, now = new Date()): Promise<StatusResult> {
  const brief = await briefOf(id);
  if (!brief) return { ok: false, error: "missing" };
  if (brief._count.items === 0) return { ok: false, error: "empty" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.brief.updateMany({
      where: { id, status: { in: ["DRAFT", "SCHEDULED"] } },
      data: { status: "SCHEDULED", sendAt: now, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: "not-allowed" } as const;
    await enqueue("briefs.tick", {}, { tx, singletonKey: "send-now" });
    return { ok: true, sendAt: now } as const;
  });
}

/** Only drafts can be deleted: a brief that went out is part of the archive. */
export async function deleteDraftBrief(id: string): Promise<boolean> {
  const { count } = await db.brief.deleteMany({ where: { id, status: "DRAFT" } });
  return count > 0;
}
