import "server-only";
import { Prisma } from "@prisma/client";
import { auditSubject, recordAudit } from "@/lib/audit/audit-log";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { db } from "@/lib/db";
import { moveInOrder } from "./section-rules";

// Changing the publication's sections from the desk. A slug is fixed once created: section links
// (/articles?section=…) people shared keep working however the section is renamed or moved.
// Every change is audit-logged and announced to page caches in its transaction.

export type SectionResult = { ok: true } | { ok: false; error: "slug-taken" | "not-empty" | "no-such-section" };

type Tx = Prisma.TransactionClient;

async function recordSectionChange(tx: Tx, actorId: string, action: string, id: string, before?: object, after?: object) {
  await recordAudit(tx, { actorId, action, subject: auditSubject("section", id), before: before as never, after: after as never });
  await notifyContentChanged(tx, { kind: "section", id });
}

export async function listSectionsWithCounts() {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { label: "asc" }],
    select: { id: true, slug: true, label: true, _count: { select: { articles: true } } },
  });
}

export async function createSection(actorId: string, input: { label: string; slug: string }): Promise<SectionResult> {
  try {
    await db.$transaction(async (tx) => {
      const last = await tx.section.aggregate({ _max: { position: true } });
      const section = await tx.section.create({ data: { ...input, position: (last._max.position ?? 0) + 1 } });
      await recordSectionChange(tx, actorId, "section.create", section.id, undefined, input);
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, error: "slug-taken" };
    throw error;
  }
}

export async function renameSection(actorId: string, input: { id: string; label: string }): Promise<SectionResult> {
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id: input.id } });
    if (!section) return { ok: false, error: "no-such-section" };
    if (section.label === input.label) return { ok: true };
    await tx.section.update({ where: { id: input.id }, data: { label: input.label } });
    await recordSectionChange(tx, actorId, "section.rename", section.id, { label: section.label }, { label: input.label });
    return { ok: true };
  });
}

/** Moves a section one place; positions are renumbered 1…n under a lock on every section row. */
export async function moveSection(actorId: string, input: { id: string; direction: "up" | "down" }): Promise<SectionResult> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: string; slug: string }>>`
      SELECT id, slug FROM "Section" ORDER BY position, label FOR UPDATE`;
    const before = rows.map((r) => r.id);
    if (!before.includes(input.id)) return { ok: false, error: "no-such-section" };
    const after = moveInOrder(before, input.id, input.direction);
    if (after.join() === before.join()) return { ok: true };
    for (const [index, id] of after.entries()) await tx.section.update({ where: { id }, data: { position: index + 1 } });
    const slugOf = new Map(rows.map((r) => [r.id, r.slug]));
    await recordSectionChange(
      tx,
      actorId,
      "section.move",
      input.id,
      { order: before.map((id) => slugOf.get(id)!) },
      { order: after.map((id) => slugOf.get(id)!) },
    );
    return { ok: true };
  });
}

/**
 * Deletes an empty section. The section's row is locked first: an article being filed into it
 * meanwhile (its foreign key needs that row) waits, so "empty" stays true until the delete.
 */
export async function deleteSection(actorId: string, input: { id: string }): Promise<SectionResult> {
  return db.$transaction(async (tx) => {
    const [section] = await tx.$queryRaw<Array<{ id: string; slug: string; label: string }>>`
      SELECT id, slug, label FROM "Section" WHERE id = ${input.id} FOR UPDATE`;
    if (!section) return { ok: false, error: "no-such-section" };
    if ((await tx.article.count({ where: { sectionId: input.id } })) > 0) return { ok: false, error: "not-empty" };
    await tx.section.delete({ where: { id: input.id } });
    await recordSectionChange(tx, actorId, "section.delete", section.id, { slug: section.slug, label: section.label });
    return { ok: true };
  });
}
