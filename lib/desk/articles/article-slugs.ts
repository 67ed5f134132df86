import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { slugVariant } from "./slug";

// Who may use which address. ArticleSlug holds every slug an article has had since it was
// first published (and the current one of every article); its primary key makes a slug one
// article's only, even when two editors claim it in the same instant. Retired slugs stay with
// their article forever and redirect to it (lib/content/article-slugs.ts).

type Tx = Prisma.TransactionClient;

/** Claims `slug` for the article; false when another article has or had it. */
export async function claimSlug(tx: Tx, articleId: string, slug: string): Promise<boolean> {
  await tx.$executeRaw`INSERT INTO "ArticleSlug" ("slug", "articleId") VALUES (${slug}, ${articleId}) ON CONFLICT ("slug") DO NOTHING`;
  const owner = await tx.articleSlug.findUnique({ where: { slug }, select: { articleId: true } });
  return owner?.articleId === articleId;
}

/**
 * After a slug change: once readers may have seen the old address (the article has been
 * published), it stays the article's and redirects; a draft's old slug is free for others.
 */
export async function leaveSlug(tx: Tx, articleId: string, oldSlug: string, hasBeenPublished: boolean): Promise<void> {
  if (hasBeenPublished) {
    await tx.$executeRaw`INSERT INTO "ArticleSlug" ("slug", "articleId") VALUES (${oldSlug}, ${articleId}) ON CONFLICT ("slug") DO NOTHING`;
  } else {
    await tx.articleSlug.deleteMany({ where: { slug: oldSlug, articleId } });
  }
}

async function isSlugFree(slug: string, articleId: string): Promise<boolean> {
  const [claimed, current] = await Promise.all([
    db.articleSlug.findUnique({ where: { slug }, select: { articleId: true } }),
    db.article.findUnique({ where: { slug }, select: { id: true } }),
  ]);
  return (!claimed || claimed.articleId === articleId) && (!current || current.id === articleId);
}

/** The suggested slug, or the first free variant of it (-2, -3, …). */
export async function firstFreeSlug(suggested: string, articleId: string): Promise<string> {
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? suggested : slugVariant(suggested, n);
    if (await isSlugFree(candidate, articleId)) return candidate;
  }
  return slugVariant(suggested, Date.now() % 100_000);
}

/** The article that holds a slug, for the message when it is taken. */
export async function slugHolder(slug: string): Promise<{ title: string } | null> {
  const claimed = await db.articleSlug.findUnique({ where: { slug }, select: { article: { select: { title: true } } } });
  return claimed?.article ?? (await db.article.findUnique({ where: { slug }, select: { title: true } }));
}
