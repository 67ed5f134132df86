import "server-only";
import { db } from "@/lib/db";
import { visibleArticleWhere } from "@/lib/content/visibility";
import type { AccessLevel } from "@/lib/entitlements";
import { fromDbDate, type BriefDate } from "./schedule";

// A brief as readers see it, in the email and on the site: the intro and its stories with their
// links. Links to our own articles are made only while the article is visible to readers.

export interface BriefStory {
  headline: string;
  summary: string;
  /** Where the headline links: an outside https address or one of our articles; null when that article is gone. */
  href: string | null;
  /** The outside source's name and language; null for our own articles. */
  sourceName: string | null;
  language: string | null;
  /** Our own article's access level (it keeps it: the brief links to it, it does not unlock it). */
  access: AccessLevel | null;
}

export interface BriefContent {
  id: string;
  date: BriefDate;
  intro: string;
  stories: BriefStory[];
}

interface ItemRow {
  headline: string;
  summary: string;
  url: string | null;
  sourceName: string | null;
  language: string | null;
  articleId: string | null;
}

/** Stories from a brief's items; `siteUrl` prefixes our article links ("" for links on the site). */
export async function storiesOf(items: ItemRow[], siteUrl: string, now = new Date()): Promise<BriefStory[]> {
  const articleIds = items.flatMap((item) => (item.articleId ? [item.articleId] : []));
  const articles = articleIds.length
    ? await db.article.findMany({
        where: { id: { in: articleIds }, ...visibleArticleWhere(now) },
        select: { id: true, slug: true, access: true },
      })
    : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  return items.map((item) => {
    const article = item.articleId ? byId.get(item.articleId) : undefined;
    return {
      headline: item.headline,
      summary: item.summary,
      href: item.url ?? (article ? `${siteUrl}/articles/${article.slug}` : null),
      sourceName: item.sourceName,
      language: item.language,
      access: article?.access ?? null,
    };
  });
}

/** The whole brief (intro, every story with its summary): for the email and for entitled readers. */
export async function loadBriefContent(briefId: string, siteUrl: string, now = new Date()): Promise<BriefContent | null> {
  const brief = await db.brief.findUnique({
    where: { id: briefId },
    select: { id: true, date: true, intro: true, items: { orderBy: { position: "asc" } } },
  });
  if (!brief) return null;
  return { id: brief.id, date: fromDbDate(brief.date), intro: brief.intro, stories: await storiesOf(brief.items, siteUrl, now) };
}

/** The intro's paragraphs: plain text separated by blank lines (no markup, so nothing to sanitise). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}
