import "server-only";
import { db } from "@/lib/db";
import { visibleArticleWhere } from "./visibility";

/**
 * The current slug of the article that once lived at `slug`, when that article is visible to
 * readers: an old address redirects there forever. Null for an unknown slug or a hidden article.
 */
export async function findMovedArticleSlug(slug: string): Promise<string | null> {
  const claimed = await db.articleSlug.findFirst({
    where: { slug, article: visibleArticleWhere() },
    select: { article: { select: { slug: true } } },
  });
  return claimed && claimed.article.slug !== slug ? claimed.article.slug : null;
}
