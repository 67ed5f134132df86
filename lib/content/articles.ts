import "server-only";
import { cache } from "react";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { getAccess, type AccessDecision, type AccessPolicy, type Viewer } from "@/lib/entitlements";
import { memoisePublished } from "./published-cache";
import { countVisible } from "./visible-count";
import { visibleArticleSql, visibleArticleWhere } from "./visibility";

// Reads of published articles. Listing queries never select the body; the functions that do
// (getReadableArticle, listReadableArticles) keep only the teaser's HTML when the viewer may
// not read the rest, before anything leaves this module. The HTML was rendered at save time.

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  access: true,
  section: { select: { slug: true, label: true } },
  topics: true,
  featured: true,
  publishedAt: true,
  updatedAt: true,
  authors: { select: { slug: true, name: true, location: true, photoUrl: true } },
  heroImage: { select: { key: true, width: true, height: true } },
  heroImageAlt: true,
} satisfies Prisma.ArticleSelect;

export type ArticleSummary = Prisma.ArticleGetPayload<{ select: typeof summarySelect }> & { publishedAt: Date };

function publishedWhere(extra: Prisma.ArticleWhereInput = {}): Prisma.ArticleWhereInput {
  return { ...extra, ...visibleArticleWhere() };
}

export interface ArticleFilter {
  sectionSlug?: string;
  authorSlug?: string;
}

/**
 * The ids of one page of visible articles, newest first (id breaks ties, so pages never overlap).
 * Only the index on (status, publishedAt, id) is read, so skipping to page 4,000 of 100,000
 * articles stays cheap; the page's rows are then fetched by id.
 */
export function articlePageIdsSql(filter: ArticleFilter, offset: number, limit: number): Prisma.Sql {
  const section = filter.sectionSlug
    ? Prisma.sql`AND a."sectionId" = (SELECT id FROM "Section" WHERE slug = ${filter.sectionSlug})`
    : Prisma.empty;
  const author = filter.authorSlug
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "_ArticleToAuthor" aa JOIN "Author" au ON au.id = aa."B" WHERE aa."A" = a.id AND au.slug = ${filter.authorSlug})`
    : Prisma.empty;
  return Prisma.sql`SELECT a.id FROM "Article" a WHERE ${Prisma.raw(visibleArticleSql("a"))} ${section} ${author}
    ORDER BY a."publishedAt" DESC, a.id DESC OFFSET ${offset} LIMIT ${limit}`;
}

/** The newest visible articles (home, author pages): no count of the archive. */
export async function latestArticles(limit: number, filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
  return articlesPage(filter, 0, limit);
}

async function articlesPage(filter: ArticleFilter, offset: number, limit: number): Promise<ArticleSummary[]> {
  const ids = (await db.$queryRaw<Array<{ id: string }>>(articlePageIdsSql(filter, offset, limit))).map((row) => row.id);
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, row as ArticleSummary]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listArticles(options: { page?: number; pageSize?: number } & ArticleFilter = {}) {
  const pageSize = options.pageSize ?? 10;
  const page = Math.max(1, options.page ?? 1);
  const where = publishedWhere({
    ...(options.sectionSlug ? { section: { slug: options.sectionSlug } } : {}),
    ...(options.authorSlug ? { authors: { some: { slug: options.authorSlug } } } : {}),
  });
  // The whole archive's count is kept a while (visible-count.ts); a section's or an author's is read each time.
  const filtered = Boolean(options.sectionSlug || options.authorSlug);
  const [items, total] = await Promise.all([
    articlesPage(options, (page - 1) * pageSize, pageSize),
    filtered ? db.article.count({ where }) : countVisible("articles"),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The lead story: the newest featured article, else the newest article. */
export async function getLeadStory(): Promise<ArticleSummary | null> {
  const lead =
    (await db.article.findFirst({ where: publishedWhere({ featured: true }), select: summarySelect, orderBy: { publishedAt: "desc" } })) ??
    (await db.article.findFirst({ where: publishedWhere(), select: summarySelect, orderBy: { publishedAt: "desc" } }));
  return lead as ArticleSummary | null;
}

export interface ReadableArticle extends ArticleSummary {
  decision: AccessDecision;
  /** Sanitised HTML: the whole body if allowed, otherwise only the teaser. */
  html: string;
}

const readableSelect = { ...summarySelect, bodyHtml: true, teaserHtml: true } satisfies Prisma.ArticleSelect;
type ArticleWithHtml = ArticleSummary & { bodyHtml: string; teaserHtml: string };

/** Drops the gated remainder of the body here, on the server, when the viewer may not read it. */
function toReadable({ bodyHtml, teaserHtml, ...summary }: ArticleWithHtml, viewer: Viewer, policy: AccessPolicy): ReadableArticle {
  const decision = getAccess(viewer, summary, policy);
  return { ...summary, decision, html: decision.allowed ? bodyHtml : teaserHtml };
}

/**
 * One article with its stored HTML: read once per request (the page's metadata and its body
 * share it) and kept between requests until content changes (lib/content/published-cache.ts).
 * Module-private, so the gated remainder leaves only through toReadable, per viewer.
 */
const findArticle = cache(
  memoisePublished(200, async (slug) => {
    const article = await db.article.findFirst({ where: publishedWhere({ slug }), select: readableSelect });
    return article as ArticleWithHtml | null;
  }),
);

/** Public facts about one article (no body), for metadata. */
export async function getArticleSummary(slug: string): Promise<ArticleSummary | null> {
  const article = await findArticle(slug);
  if (!article) return null;
  const { bodyHtml: _body, teaserHtml: _teaser, ...summary } = article;
  return summary;
}

/** An article as this viewer may see it, or null if it does not exist or is unpublished. */
export async function getReadableArticle(slug: string, viewer: Viewer, policy: AccessPolicy): Promise<ReadableArticle | null> {
  const article = await findArticle(slug);
  return article ? toReadable(article, viewer, policy) : null;
}

/** The newest articles as this viewer may see them (feeds). */
export async function listReadableArticles(limit: number, viewer: Viewer, policy: AccessPolicy): Promise<ReadableArticle[]> {
  const rows = await db.article.findMany({
    where: publishedWhere(),
    select: readableSelect,
    orderBy: { publishedAt: "desc" },
    take: limit,
  });
  return rows.map((row) => toReadable(row as ArticleWithHtml, viewer, policy));
}
