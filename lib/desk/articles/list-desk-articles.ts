import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "@/lib/db";

// The desk's list of articles: every status, filtered and searched, newest first. Filters come
// from the address bar, so anything unexpected is ignored rather than refused.

export const DESK_PAGE_SIZE = 25;

const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const deskFiltersSchema = z.object({
  status: lenient(z.enum(["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"])),
  author: lenient(z.string().regex(/^[a-z0-9-]{1,64}$/i)),
  section: lenient(z.string().regex(/^[a-z0-9-]{1,64}$/i)),
  access: lenient(z.enum(["FREE", "REGISTERED", "SUBSCRIBER"])),
  q: lenient(z.string().trim().min(1).max(200)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type DeskFilters = z.infer<typeof deskFiltersSchema>;

export async function listDeskArticles(filters: DeskFilters) {
  const where: Prisma.ArticleWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.author ? { authors: { some: { id: filters.author } } } : {}),
    ...(filters.section ? { sectionId: filters.section } : {}),
    ...(filters.access ? { access: filters.access } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {}),
  };
  const [items, total] = await Promise.all([
    db.article.findMany({
      where,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        access: true,
        featured: true,
        scheduledFor: true,
        publishedAt: true,
        createdAt: true,
        updatedAt: true,
        section: { select: { label: true } },
        authors: { select: { name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * DESK_PAGE_SIZE,
      take: DESK_PAGE_SIZE,
    }),
    db.article.count({ where }),
  ]);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / DESK_PAGE_SIZE)) };
}

export type DeskArticleRow = Awaited<ReturnType<typeof listDeskArticles>>["items"][number];
