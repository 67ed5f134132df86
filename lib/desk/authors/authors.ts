import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit-log";
import { firstFreeSlug, suggestSlug } from "@/lib/desk/slug";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { getObjectStore } from "@/lib/storage/object-store";
import type { AuthorForm } from "./author-schema";

// Authors on the desk. Their names, places, photos and bios appear on every byline, so any
// change reaches readers at once (notifyContentChanged).

export const AUTHOR_PHOTO_PREFIX = "authors/";

export async function listDeskAuthors() {
  return db.author.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, location: true, photoUrl: true, _count: { select: { articles: true } } },
  });
}

export async function getDeskAuthor(id: string) {
  return db.author.findUnique({ where: { id }, include: { _count: { select: { articles: true } } } });
}

export type AuthorSaveOutcome =
  { ok: true; id: string } | { ok: false; fieldErrors: Record<string, string[]> } | { ok: false; missing: true };

export async function saveAuthor(actorId: string, id: string | null, form: AuthorForm): Promise<AuthorSaveOutcome> {
  if (form.slug && (await slugTaken(id, form.slug)))
    return { ok: false, fieldErrors: { slug: ["Another author already has this address."] } };
  const slug = form.slug || (await firstFreeSlug(suggestSlug(form.name, "author"), (s) => slugTaken(id, s)));
  const data = { ...form, slug };
  try {
    return await db.$transaction(async (tx) => {
      const before = id
        ? await tx.author.findUnique({ where: { id }, select: { name: true, slug: true, location: true, bio: true } })
        : null;
      if (id && !before) return { ok: false, missing: true } as const;
      const saved = id ? await tx.author.update({ where: { id }, data }) : await tx.author.create({ data });
      await recordAudit(tx, {
        actorId,
        action: id ? "author.update" : "author.create",
        subject: `Author:${saved.id}`,
        before,
        after: data,
      });
      await notifyContentChanged(tx, { kind: "author", id: saved.id });
      return { ok: true, id: saved.id } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { slug: ["Another author just took this address; choose another."] } };
    }
    throw error;
  }
}

async function slugTaken(id: string | null, slug: string): Promise<boolean> {
  return Boolean(await db.author.findFirst({ where: { slug, ...(id ? { NOT: { id } } : {}) }, select: { id: true } }));
}

export type AuthorDeleteOutcome = "deleted" | "has-articles" | "missing";

/** Deletes an author who has no articles: a byline is never silently removed from a story. */
export async function deleteAuthor(actorId: string, id: string): Promise<AuthorDeleteOutcome> {
  const outcome = await db.$transaction(async (tx) => {
    const author = await tx.author.findUnique({
      where: { id },
      select: { name: true, slug: true, photoUrl: true, _count: { select: { articles: true } } },
    });
    if (!author) return { result: "missing" } as const;
    if (author._count.articles > 0) return { result: "has-articles" } as const;
    // Conditional on still having no articles, in case one was credited to them a moment ago.
    const { count } = await tx.author.deleteMany({ where: { id, articles: { none: {} } } });
    if (count === 0) return { result: "has-articles" } as const;
    await recordAudit(tx, {
      actorId,
      action: "author.delete",
      subject: `Author:${id}`,
      before: { name: author.name, slug: author.slug },
    });
    await notifyContentChanged(tx, { kind: "author", id });
    return { result: "deleted", photoUrl: author.photoUrl } as const;
  });
  if (outcome.result === "deleted") await deleteStoredPhoto(outcome.photoUrl);
  return outcome.result;
}

/** Sets or removes (null) the author's photo; the old stored photo is deleted after the commit. */
export async function setAuthorPhoto(actorId: string, id: string, photoUrl: string | null): Promise<boolean> {
  const before = await db.$transaction(async (tx) => {
    const author = await tx.author.findUnique({ where: { id }, select: { photoUrl: true } });
    if (!author) return null;
    await tx.author.update({ where: { id }, data: { photoUrl } });
    await recordAudit(tx, { actorId, action: "author.photo", subject: `Author:${id}`, before: author, after: { photoUrl } });
    await notifyContentChanged(tx, { kind: "author", id });
    return author;
  });
  if (!before) return false;
  if (before.photoUrl !== photoUrl) await deleteStoredPhoto(before.photoUrl);
  return true;
}

async function deleteStoredPhoto(photoUrl: string | null): Promise<void> {
  if (photoUrl?.startsWith(`/media/${AUTHOR_PHOTO_PREFIX}`)) await getObjectStore().delete(photoUrl.slice("/media/".length));
}
