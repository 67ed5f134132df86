import "server-only";
import { Prisma } from "@prisma/client";
import { renderArticleHtml } from "@/lib/content/article-html";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { getSettings } from "@/lib/settings/get-settings";
import { recordArticleAudit, type ArticleAuditAction } from "./article-audit";
import { claimSlug, firstFreeSlug, leaveSlug, slugHolder } from "./article-slugs";
import { checkReferences } from "./article-references";
import type { ConflictReport } from "./conflict";
import { buildConflictReport } from "./conflict-report";
import { planTransition, type EditorIntent, type PublicationState } from "./publication-transition";
import { publishProblems, saveProblems } from "./article-form";
import type { ArticleFields } from "./revision-fields";
import { pruneRevisions } from "./prune-revisions";
import { zonedInputToDate } from "./schedule-time";
import { suggestSlug } from "./slug";

// Every save of the editor, whatever its button: the fields, their rendered HTML, one revision,
// and the publication state the intent asks for (publication-transition.ts), in one
// transaction. The save is refused, with nothing written, when the article changed since the
// version the editor started from: one UPDATE … WHERE version = base decides, atomically.

export interface SaveRequest {
  articleId: string;
  /** The version the editor started from; 0 creates the article. */
  baseVersion: number;
  intent: EditorIntent;
  /** `slug` empty: the address follows the title (until the article has been published). */
  fields: ArticleFields;
  /** The schedule's time as typed (datetime-local, publication's time zone). */
  scheduledFor?: string;
  /** Set by a restore: the version whose fields these are. */
  restoredFrom?: number;
}

export interface SavedArticle extends PublicationState {
  id: string;
  version: number;
  slug: string;
  savedAt: Date;
}

export type SaveOutcome =
  | { kind: "saved"; article: SavedArticle }
  | { kind: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; conflict: ConflictReport }
  | { kind: "missing" };

/** Thrown inside the transaction to roll it back. */
class StaleBase extends Error {}
class SlugTaken extends Error {}

const invalid = (fieldErrors: Record<string, string[]>, message = "Please correct the fields marked below."): SaveOutcome => ({
  kind: "invalid",
  message,
  fieldErrors,
});

const AUDITED: Partial<Record<EditorIntent, ArticleAuditAction>> = {
  publish: "article.publish",
  schedule: "article.schedule",
  unschedule: "article.unschedule",
  unpublish: "article.unpublish",
};

export async function saveArticle(editorId: string, request: SaveRequest): Promise<SaveOutcome> {
  const { articleId, baseVersion, intent } = request;
  const { timeZone } = await getSettings();
  const current = await db.article.findUnique({
    where: { id: articleId },
    select: { slug: true, status: true, publishedAt: true, scheduledFor: true, version: true, title: true },
  });
  if (!current && baseVersion > 0) return { kind: "missing" };
  if (current && (baseVersion === 0 || baseVersion !== current.version)) return conflict(request, timeZone);

  const referenceErrors = await checkReferences(request.fields);
  const when = request.scheduledFor ? zonedInputToDate(request.scheduledFor, timeZone) : null;
  if (intent === "schedule" && request.scheduledFor && !when) referenceErrors.scheduledFor = ["Enter a date and time."];
  const now = new Date();
  const state: PublicationState = current
    ? { status: current.status, publishedAt: current.publishedAt, scheduledFor: current.scheduledFor }
    : { status: "DRAFT", publishedAt: null, scheduledFor: null };
  const transition = planTransition(state, intent, now, when);
  if (!transition.ok) {
    return transition.field ? invalid({ [transition.field]: [transition.message] }) : invalid({}, transition.message);
  }
  const goesOut = transition.next.status === "PUBLISHED" || transition.next.status === "SCHEDULED";
  const slug = request.fields.slug || (current?.publishedAt ? current.slug : await autoSlug(request.fields.title, articleId));
  const fields = { ...request.fields, slug };
  const problems = { ...referenceErrors, ...saveProblems(fields), ...(goesOut ? publishProblems(fields) : {}) };
  if (Object.keys(problems).length > 0) return invalid(problems);

  const { authorIds, ...columns } = fields;
  const data = { ...columns, ...renderArticleHtml(fields.body), ...transition.next, updatedById: editorId };
  const version = baseVersion + 1;
  try {
    const saved = await db.$transaction(async (tx) => {
      if (!current) {
        await tx.article.create({ data: { id: articleId, ...data, version, authors: { connect: authorIds.map((id) => ({ id })) } } });
      } else {
        // The conflict check and the write are one statement: of two saves from the same base, one wins.
        const { count } = await tx.article.updateMany({ where: { id: articleId, version: baseVersion }, data: { ...data, version } });
        if (count === 0) throw new StaleBase();
        await tx.article.update({ where: { id: articleId }, data: { authors: { set: authorIds.map((id) => ({ id })) } } });
      }
      if (!(await claimSlug(tx, articleId, slug))) throw new SlugTaken();
      if (current && current.slug !== slug) await leaveSlug(tx, articleId, current.slug, current.publishedAt !== null);
      await tx.articleRevision.create({
        data: {
          articleId,
          version,
          kind: request.restoredFrom ? "RESTORE" : transition.revisionKind,
          restoredFrom: request.restoredFrom,
          editorId,
          ...fields,
        },
      });
      await pruneRevisions(tx, articleId, now);
      if (transition.publishAt) {
        await enqueue(
          "content.publish-due",
          { kind: "article", id: articleId, scheduledFor: transition.publishAt.toISOString() },
          { tx, startAfter: transition.publishAt },
        );
      }
      if (transition.readersAffected) await notifyContentChanged(tx, { kind: "article", id: articleId });
      const action = request.restoredFrom
        ? "article.restore"
        : (AUDITED[intent] ?? (current?.status === "PUBLISHED" ? "article.edit-live" : undefined));
      if (action) {
        await recordArticleAudit(tx, {
          actorId: editorId,
          action,
          articleId,
          before: current && { status: current.status, slug: current.slug, title: current.title, scheduledFor: current.scheduledFor },
          after: { status: transition.next.status, slug, title: fields.title, scheduledFor: transition.next.scheduledFor },
        });
      }
      return tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { updatedAt: true } });
    });
    return { kind: "saved", article: { id: articleId, version, slug, ...transition.next, savedAt: saved.updatedAt } };
  } catch (error) {
    if (error instanceof StaleBase) return conflict(request, timeZone);
    if (error instanceof SlugTaken) return slugTaken(slug);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // A unique key: the article's id (created twice) or its slug (taken in the same instant).
      const target = JSON.stringify(error.meta ?? {});
      return target.includes("slug") ? slugTaken(slug) : conflict(request, timeZone);
    }
    throw error;
  }
}

async function autoSlug(title: string, articleId: string): Promise<string> {
  return firstFreeSlug(suggestSlug(title, articleId), articleId);
}

async function slugTaken(slug: string): Promise<SaveOutcome> {
  const holder = await slugHolder(slug);
  const message = holder ? `This address belongs to “${holder.title}”. Choose another.` : "This address was just taken. Choose another.";
  return invalid({ slug: [message] });
}

async function conflict(request: SaveRequest, timeZone: string): Promise<SaveOutcome> {
  const report = await buildConflictReport(request.articleId, request.baseVersion, request.fields, timeZone);
  return report ? { kind: "conflict", conflict: report } : { kind: "missing" };
}
