import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { visibleArticleWhere } from "@/lib/content/visibility";
import { pickColumns, type PickInput } from "./pick-input";

// The curated stream: editors add, edit, move and delete picks all day; the site shows them
// newest first. Every change tells the page caches (notifyContentChanged) in its transaction.

const storySelect = {
  id: true,
  headline: true,
  summary: true,
  url: true,
  sourceName: true,
  language: true,
  createdAt: true,
  article: { select: { slug: true, access: true, title: true } },
  section: { select: { slug: true, label: true } },
} satisfies Prisma.PickSelect;

export type StreamPick = Prisma.PickGetPayload<{ select: typeof storySelect }>;

const order: Prisma.PickOrderByWithRelationInput[] = [{ position: "desc" }, { createdAt: "desc" }];

/** Picks readers see, newest first: those linking to an article only while it is visible. */
export async function listStream(options: { page?: number; pageSize?: number } = {}) {
  const pageSize = options.pageSize ?? 30;
  const page = Math.max(1, options.page ?? 1);
  const where: Prisma.PickWhereInput = { OR: [{ articleId: null }, { article: visibleArticleWhere() }] };
  const [items, total] = await Promise.all([
    db.pick.findMany({ where, select: storySelect, orderBy: order, skip: (page - 1) * pageSize, take: pageSize }),
    db.pick.count({ where }),
  ]);
  return { items, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Every pick for the desk, newest first (drafts of linked articles included). */
export function listPicksForDesk(take = 100) {
  return db.pick.findMany({ select: { ...storySelect, articleId: true, sectionId: true, position: true }, orderBy: order, take });
}

export function getPick(id: string) {
  return db.pick.findUnique({ where: { id } });
}

async function articleIsLinkable(tx: Prisma.TransactionClient, input: PickInput): Promise<boolean> {
  if (input.linkType !== "article") return true;
  return (await tx.article.count({ where: { id: input.articleId } })) === 1;
}

export type PickResult = { ok: true; id: string } | { ok: false; error: "missing-article" | "missing-section" | "not-found" };

async function sectionExists(tx: Prisma.TransactionClient, input: PickInput): Promise<boolean> {
  return !input.sectionId || (await tx.section.count({ where: { id: input.sectionId } })) === 1;
}

export function createPick(input: PickInput, editorId: string): Promise<PickResult> {
  return db.$transaction(async (tx) => {
    if (!(await articleIsLinkable(tx, input))) return { ok: false, error: "missing-article" };
    if (!(await sectionExists(tx, input))) return { ok: false, error: "missing-section" };
    const top = await tx.pick.aggregate({ _max: { position: true } });
    const pick = await tx.pick.create({ data: { ...pickColumns(input), position: (top._max.position ?? 0) + 1, createdById: editorId } });
    await notifyContentChanged(tx, { kind: "pick", id: pick.id });
    return { ok: true, id: pick.id };
  });
}

export function updatePick(id: string, input: PickInput): Promise<PickResult> {
  return db.$transaction(async (tx) => {
    if (!(await articleIsLinkable(tx, input))) return { ok: false, error: "missing-article" };
    if (!(await sectionExists(tx, input))) return { ok: false, error: "missing-section" };
    const { count } = await tx.pick.updateMany({ where: { id }, data: pickColumns(input) });
    if (count === 0) return { ok: false, error: "not-found" };
    await notifyContentChanged(tx, { kind: "pick", id });
    return { ok: true, id };
  });
}

export function deletePick(id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.pick.deleteMany({ where: { id } });
    if (count > 0) await notifyContentChanged(tx, { kind: "pick", id });
    return count > 0;
  });
}

/** Moves a pick one place up (towards the top of the stream) or down, by swapping with its neighbour. */
export function movePick(id: string, direction: "up" | "down"): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // One move at a time: two editors swapping neighbours at once must not tangle the order.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('picks:order'))`;
    const pick = await tx.pick.findUnique({ where: { id }, select: { position: true } });
    if (!pick) return false;
    const neighbour = await tx.pick.findFirst({
      where: { id: { not: id }, position: direction === "up" ? { gte: pick.position } : { lte: pick.position } },
      orderBy: direction === "up" ? [{ position: "asc" }, { createdAt: "asc" }] : [{ position: "desc" }, { createdAt: "desc" }],
      select: { id: true, position: true },
    });
    if (!neighbour) return false;
    // Equal positions (two picks added at the same instant) still end in the asked-for order.
    const [mine, theirs] =
      neighbour.position === pick.position
        ? direction === "up"
          ? [pick.position + 1, pick.position]
          : [pick.position - 1, pick.position]
        : [neighbour.position, pick.position];
    await tx.pick.update({ where: { id }, data: { position: mine } });
    await tx.pick.update({ where: { id: neighbour.id }, data: { position: theirs } });
    await notifyContentChanged(tx, { kind: "pick", id });
    return true;
  });
}
