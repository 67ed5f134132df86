import type { Prisma } from "@prisma/client";

// The one rule for what readers can see, for articles and episodes alike: published, and its publication time has come. Every
// public read (pages, feeds, sitemap, search, briefs) builds its query from these, so a draft,
// a scheduled article before its time or an unpublished one is invisible everywhere at once.

export function visibleArticleWhere(now = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

/** The same rule as SQL, for raw queries (search): pass the table's alias. */
export function visibleArticleSql(alias: string): string {
  return `${alias}."status" = 'PUBLISHED' AND ${alias}."publishedAt" <= now()`;
}

export function visibleEpisodeWhere(now = new Date()): Prisma.PodcastEpisodeWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

export function visibleEpisodeSql(alias: string): string {
  return `${alias}."status" = 'PUBLISHED' AND ${alias}."publishedAt" <= now()`;
}
