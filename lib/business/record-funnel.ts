import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { articleIdSchema, funnelDay, mayCount, type FunnelColumn } from "./funnel";

const COLUMNS: Record<FunnelColumn, Prisma.Sql> = {
  impressions: Prisma.sql`"impressions"`,
  pricingClicks: Prisma.sql`"pricingClicks"`,
  checkoutStarts: Prisma.sql`"checkoutStarts"`,
};

/**
 * Adds one to today's count for an article, in one statement so concurrent beacons never lose
 * a count. Only existing articles are counted: hostile ids insert nothing.
 */
export async function countFunnelEvent(articleId: string, column: FunnelColumn, now = new Date()): Promise<void> {
  const col = COLUMNS[column];
  await db.$executeRaw`
    INSERT INTO "PaywallFunnelDay" ("articleId", "day", ${col})
    SELECT id, ${funnelDay(now)}::date, 1 FROM "Article" WHERE id = ${articleId}
    ON CONFLICT ("articleId", "day") DO UPDATE SET ${col} = "PaywallFunnelDay".${col} + 1`;
}

/**
 * The article a checkout came from (the pricing link's `from`), if it names one and the reader
 * has not asked not to be tracked; anything else is ignored rather than refused.
 */
export async function funnelSource(raw: string | null, headers: Headers): Promise<string | undefined> {
  const id = articleIdSchema.safeParse(raw);
  if (!id.success || !mayCount(headers)) return undefined;
  const article = await db.article.findUnique({ where: { id: id.data }, select: { id: true } });
  return article?.id;
}
