import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "@/lib/db";
import { auditChanges } from "./audit-changes";
import { nextDay, startOfDayIn } from "./zoned-day";

// Reading the audit log on /admin/audit: filtered by action, actor, subject and days (in the
// publication's time zone), newest first, a page at a time.

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-26.")
  .refine((value) => !Number.isNaN(Date.parse(value)), "Use a real date.");
const text = z.string().trim().max(254, "Use at most 254 characters.");

/** The search form's fields; every one optional. */
export const auditSearchSchema = z
  .object({
    action: text.regex(/^[a-z0-9.-]*$/, "Choose an action from the list.").default(""),
    actor: text.default(""),
    subject: text.default(""),
    from: z.union([z.literal(""), day]).default(""),
    to: z.union([z.literal(""), day]).default(""),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .refine((s) => !s.from || !s.to || s.from <= s.to, { path: ["to"], message: "The end date is before the start date." });

export type AuditSearch = z.infer<typeof auditSearchSchema>;

export const NO_SEARCH: AuditSearch = { action: "", actor: "", subject: "", from: "", to: "", page: 1 };

async function whereFor(search: AuditSearch, timeZone: string): Promise<Prisma.AuditLogWhereInput> {
  const where: Prisma.AuditLogWhereInput = {};
  if (search.action) where.action = search.action;
  if (search.subject) where.subject = { contains: search.subject, mode: "insensitive" };
  if (search.actor) {
    const actors = await db.user.findMany({ where: { email: { contains: search.actor, mode: "insensitive" } }, select: { id: true } });
    where.actorId = { in: actors.map((a) => a.id) };
  }
  if (search.from || search.to)
    where.createdAt = {
      ...(search.from ? { gte: startOfDayIn(search.from, timeZone) } : {}),
      ...(search.to ? { lt: startOfDayIn(nextDay(search.to), timeZone) } : {}),
    };
  return where;
}

/** One page of matching records with who acted and what changed. */
export async function searchAudit(search: AuditSearch, timeZone: string) {
  const where = await whereFor(search, timeZone);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (search.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map((a) => [a.id, a.email]),
  );
  const records = rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    action: row.action,
    subject: row.subject,
    /** The actor's email; "system" for webhooks and jobs; a deleted account keeps its id. */
    actor: row.actorId ? (actors.get(row.actorId) ?? `deleted account ${row.actorId}`) : "system",
    changes: auditChanges(row.before, row.after),
  }));
  return { records, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Every action the log has recorded, for the search form's list. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
