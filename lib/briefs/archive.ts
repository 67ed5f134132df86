import "server-only";
import { db } from "@/lib/db";
import { getAccess, type AccessDecision, type AccessPolicy, type Viewer } from "@/lib/entitlements";
import { paragraphsOf, storiesOf, type BriefStory } from "./brief-content";
import { BRIEF_ACCESS } from "./edition-for";
import { fromDbDate, toDbDate, type BriefDate } from "./schedule";

// The archive of briefs that went out. Headlines are public; the intro and the summaries are
// subscriber content, decided by the one access function, and dropped here, before anything
// leaves this module, when the reader may not read them.

const released = (now: Date) => ({ releasedAt: { lte: now } });

export async function listArchive(options: { page?: number; pageSize?: number; now?: Date } = {}) {
  const pageSize = options.pageSize ?? 20;
  const page = Math.max(1, options.page ?? 1);
  const where = released(options.now ?? new Date());
  const [briefs, total] = await Promise.all([
    db.brief.findMany({
      where,
      orderBy: { date: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, date: true, items: { orderBy: { position: "asc" }, select: { headline: true } } },
    }),
    db.brief.count({ where }),
  ]);
  return {
    items: briefs.map((b) => ({ id: b.id, date: fromDbDate(b.date), headlines: b.items.map((i) => i.headline) })),
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export type ArchivedStory = Omit<BriefStory, "summary"> & { summary?: string };

export interface ArchivedBrief {
  id: string;
  date: BriefDate;
  decision: AccessDecision;
  /** Present only when the reader may read the brief in full. */
  intro?: string[];
  stories: ArchivedStory[];
}

/** The id of the released brief of `date`, if there is one (for checking view links). */
export async function archivedBriefId(date: BriefDate, now = new Date()): Promise<string | null> {
  const brief = await db.brief.findFirst({ where: { date: toDbDate(date), ...released(now) }, select: { id: true } });
  return brief?.id ?? null;
}

export async function getArchivedBrief(date: BriefDate, viewer: Viewer, policy: AccessPolicy): Promise<ArchivedBrief | null> {
  const brief = await db.brief.findFirst({
    where: { date: toDbDate(date), ...released(policy.now) },
    select: { id: true, date: true, intro: true, items: { orderBy: { position: "asc" } } },
  });
  if (!brief) return null;
  const decision = getAccess(viewer, BRIEF_ACCESS, policy);
  const stories = await storiesOf(brief.items, "", policy.now);
  return {
    id: brief.id,
    date: fromDbDate(brief.date),
    decision,
    intro: decision.allowed ? paragraphsOf(brief.intro) : undefined,
    stories: decision.allowed ? stories : stories.map(({ summary: _summary, ...headline }) => headline),
  };
}
