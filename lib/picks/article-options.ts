import "server-only";
import { db } from "@/lib/db";
import { visibleArticleWhere } from "@/lib/content/visibility";

// Choices for the desk's pickers: our articles readers can open, newest first, and the sections.

export async function articleOptions(take = 200): Promise<Array<{ value: string; label: string }>> {
  const articles = await db.article.findMany({
    where: visibleArticleWhere(),
    select: { id: true, title: true, access: true },
    orderBy: { publishedAt: "desc" },
    take,
  });
  return articles.map((a) => ({ value: a.id, label: a.access === "SUBSCRIBER" ? `${a.title} (subscribers)` : a.title }));
}

export async function sectionOptions(): Promise<Array<{ value: string; label: string }>> {
  const sections = await db.section.findMany({ select: { id: true, label: true }, orderBy: [{ position: "asc" }, { label: "asc" }] });
  return sections.map((s) => ({ value: s.id, label: s.label }));
}
