import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";
import { ITEMS_MAX, type BriefOperation, type BriefTextInput } from "./brief-input";
import { addDays, sendTimeOf, toDbDate, type BriefDate } from "./schedule";

// Composing a brief in the desk: one per publication date, pre-filled with the day's picks,
// then reworded, reordered and added to. Only drafts and scheduled briefs change; a save made
// from an older version of the brief is refused, so two editors cannot overwrite each other.

const EDITABLE = ["DRAFT", "SCHEDULED"] as const;

/** Picks of the brief's day: added since the previous morning's brief went out. */
function picksOfTheDay(tx: Prisma.TransactionClient, date: BriefDate, zone: string, now: Date) {
  const since = sendTimeOf(addDays(date, -1), zone);
  return tx.pick.findMany({ where: { createdAt: { gte: since, lte: now } }, orderBy: [{ position: "desc" }, { createdAt: "desc" }] });
}

const fromPick = (pick: {
  id: string;
  headline: string;
  summary: string;
  articleId: string | null;
  url: string | null;
  sourceName: string | null;
  language: string | null;
}) => ({
  pickId: pick.id,
  headline: pick.headline,
  summary: pick.summary,
  articleId: pick.articleId,
  url: pick.url,
  sourceName: pick.sourceName,
  language: pick.language,
});

/** The brief of `date`: the existing one, or a new draft filled with the day's picks. */
export async function openBrief(date: BriefDate, now = new Date()): Promise<string> {
  const { timeZone } = await getSettings();
  return db.$transaction(async (tx) => {
    const existing = await tx.brief.findUnique({ where: { date: toDbDate(date) }, select: { id: true } });
    if (existing) return existing.id;
    const picks = (await picksOfTheDay(tx, date, timeZone, now)).slice(0, ITEMS_MAX);
    const rows = await tx.brief.createManyAndReturn({ data: [{ date: toDbDate(date) }], skipDuplicates: true, select: { id: true } });
    // Another editor opened the same date at the same moment: theirs it is.
    const id = rows[0]?.id ?? (await tx.brief.findUniqueOrThrow({ where: { date: toDbDate(date) }, select: { id: true } })).id;
    if (rows[0]) await tx.briefItem.createMany({ data: picks.map((pick, position) => ({ briefId: id, position, ...fromPick(pick) })) });
    return id;
  });
}

export type SaveBriefResult = { ok: true } | { ok: false; error: "conflict" | "not-editable" | "full" | "missing" };

/** Thrown inside the transaction so that nothing of a refused save is kept. */
class Refused extends Error {
  constructor(readonly reason: Extract<SaveBriefResult, { ok: false }>["error"]) {
    super(reason);
  }
}

function reorder(ids: string[], op: BriefOperation): string[] {
  if (op.kind !== "up" && op.kind !== "down" && op.kind !== "remove") return ids;
  const index = ids.indexOf(op.itemId);
  if (index === -1) return ids;
  if (op.kind === "remove") return ids.filter((id) => id !== op.itemId);
  const target = op.kind === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= ids.length) return ids;
  const next = [...ids];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

async function itemsToAdd(tx: Prisma.TransactionClient, briefId: string, date: Date, op: BriefOperation, now: Date) {
  if (op.kind === "add-pick") {
    const pick = await tx.pick.findUnique({ where: { id: op.pickId } });
    return pick ? [fromPick(pick)] : null;
  }
  if (op.kind === "add-article") {
    const article = await tx.article.findUnique({ where: { id: op.articleId }, select: { id: true, title: true, dek: true } });
    return article ? [{ articleId: article.id, headline: article.title, summary: article.dek, pickId: null }] : null;
  }
  if (op.kind === "add-new-picks") {
    const { timeZone } = await getSettings();
    const taken = new Set((await tx.briefItem.findMany({ where: { briefId }, select: { pickId: true } })).map((i) => i.pickId));
    const picks = await picksOfTheDay(tx, date.toISOString().slice(0, 10), timeZone, now);
    return picks.filter((p) => !taken.has(p.id)).map(fromPick);
  }
  return [];
}

/** Saves the composer's text and applies one operation (move, remove, add), as one change. */
export function saveBrief(briefId: string, input: BriefTextInput, op: BriefOperation, now = new Date()): Promise<SaveBriefResult> {
  return db
    .$transaction(async (tx): Promise<SaveBriefResult> => {
      const brief = await tx.brief.findUnique({ where: { id: briefId }, select: { status: true, version: true, date: true } });
      if (!brief) throw new Refused("missing");
      if (!(EDITABLE as readonly string[]).includes(brief.status)) throw new Refused("not-editable");
      const bumped = await tx.brief.updateMany({
        where: { id: briefId, version: input.version, status: { in: [...EDITABLE] } },
        data: { intro: input.intro, version: { increment: 1 } },
      });
      if (bumped.count === 0) throw new Refused("conflict");
      const existing = new Set((await tx.briefItem.findMany({ where: { briefId }, select: { id: true } })).map((i) => i.id));
      // The form lists what the editor saw; items it does not list were added by someone else
      // (impossible without a version change) or removed here.
      const kept = input.items.filter((item) => existing.has(item.id));
      const order = reorder(
        kept.map((i) => i.id),
        op,
      );
      await tx.briefItem.deleteMany({ where: { briefId, id: { notIn: order } } });
      for (const item of kept) {
        if (!order.includes(item.id)) continue;
        await tx.briefItem.update({
          where: { id: item.id },
          data: { headline: item.headline, summary: item.summary, position: order.indexOf(item.id) },
        });
      }
      const added = await itemsToAdd(tx, briefId, brief.date, op, now);
      if (added === null) throw new Refused("missing");
      if (order.length + added.length > ITEMS_MAX) throw new Refused("full");
      await tx.briefItem.createMany({ data: added.map((item, i) => ({ briefId, position: order.length + i, ...item })) });
      return { ok: true };
    })
    .catch((error: unknown): SaveBriefResult => {
      if (error instanceof Refused) return { ok: false, error: error.reason };
      throw error;
    });
}
