import "server-only";
import { auditSubject } from "@/lib/audit/audit-log";
import { visibleArticleWhere, visibleEpisodeWhere } from "@/lib/content/visibility";
import { db } from "@/lib/db";

// The desk home: what goes out next, what is being written, what went out last. Read straight
// from the articles' and episodes' status fields.

const LIMIT = 8;

export interface DeskItem {
  kind: "article" | "episode";
  id: string;
  title: string;
  /** When it goes out (scheduled), was last edited (drafts) or went out (published). */
  at: Date;
  /** Who last changed it, from the audit log, when it says. */
  editedBy?: string;
}

const byTime = (direction: 1 | -1) => (a: DeskItem, b: DeskItem) => direction * (a.at.getTime() - b.at.getTime());

/** Everything on the desk home, newest or soonest first, at most LIMIT of each. */
export async function getDeskOverview(now = new Date()) {
  const select = { id: true, title: true, scheduledFor: true, publishedAt: true, updatedAt: true } as const;
  const [scheduledArticles, scheduledEpisodes, draftArticles, draftEpisodes, publishedArticles, publishedEpisodes] = await Promise.all([
    db.article.findMany({ where: { status: "SCHEDULED" }, orderBy: { scheduledFor: "asc" }, take: LIMIT, select }),
    db.podcastEpisode.findMany({ where: { status: "SCHEDULED" }, orderBy: { scheduledFor: "asc" }, take: LIMIT, select }),
    db.article.findMany({ where: { status: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: LIMIT, select }),
    db.podcastEpisode.findMany({ where: { status: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: LIMIT, select }),
    db.article.findMany({ where: visibleArticleWhere(now), orderBy: { publishedAt: "desc" }, take: LIMIT, select }),
    db.podcastEpisode.findMany({ where: visibleEpisodeWhere(now), orderBy: { publishedAt: "desc" }, take: LIMIT, select }),
  ]);
  const items = (kind: DeskItem["kind"], rows: typeof draftArticles, at: (row: (typeof rows)[number]) => Date | null) =>
    rows.map((row): DeskItem => ({ kind, id: row.id, title: row.title, at: at(row) ?? row.updatedAt }));

  const scheduled = [
    ...items("article", scheduledArticles, (r) => r.scheduledFor),
    ...items("episode", scheduledEpisodes, (r) => r.scheduledFor),
  ]
    .sort(byTime(1))
    .slice(0, LIMIT);
  const drafts = [...items("article", draftArticles, (r) => r.updatedAt), ...items("episode", draftEpisodes, (r) => r.updatedAt)]
    .sort(byTime(-1))
    .slice(0, LIMIT);
  const published = [
    ...items("article", publishedArticles, (r) => r.publishedAt),
    ...items("episode", publishedEpisodes, (r) => r.publishedAt),
  ]
    .sort(byTime(-1))
    .slice(0, LIMIT);
  return { scheduled, drafts: await withLastEditors(drafts), published };
}

/** Adds who last changed each item, as the audit log recorded it ("<kind>:<id>" subjects). */
async function withLastEditors(drafts: DeskItem[]): Promise<DeskItem[]> {
  if (drafts.length === 0) return drafts;
  const subjects = drafts.map((d) => auditSubject(d.kind, d.id));
  const latest = await db.auditLog.findMany({
    where: { subject: { in: subjects }, actorId: { not: null } },
    orderBy: { createdAt: "desc" },
    distinct: ["subject"],
    select: { subject: true, actorId: true },
  });
  const actors = await db.user.findMany({
    where: { id: { in: latest.map((l) => l.actorId!) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(actors.map((a) => [a.id, a.name || a.email]));
  const editorOf = new Map(latest.map((l) => [l.subject, nameOf.get(l.actorId!)]));
  return drafts.map((d) => ({ ...d, editedBy: editorOf.get(auditSubject(d.kind, d.id)) }));
}
