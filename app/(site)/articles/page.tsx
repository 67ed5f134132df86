import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleCard } from "@/components/article/article-card";
import { listArticles } from "@/lib/content/articles";
import { listSections } from "@/lib/content/sections";
import { getPublication } from "@/lib/publication";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Analysis", description: (await getPublication()).description || undefined };
}

interface Props {
  // `region` is what section links were called before sections were editable; old links keep working.
  searchParams: Promise<{ page?: string | string[]; section?: string | string[]; region?: string | string[] }>;
}

// `?page=` is a page number people can type; anything else is a page that does not exist.
const pageSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .optional();

export default async function ArticlesPage({ searchParams }: Props) {
  const params = await searchParams;
  const sections = await listSections();
  const wanted = [params.section, params.region].find((value) => typeof value === "string");
  const section = sections.find((s) => s.slug === wanted);
  const parsedPage = pageSchema.safeParse(params.page);
  if (!parsedPage.success) notFound();
  const page = parsedPage.data ?? 1;
  const { items, pageCount } = await listArticles({ page, sectionSlug: section?.slug });
  if (page > pageCount) notFound();
  const hrefFor = (next: { page?: number; section?: string }) => {
    const query = new URLSearchParams();
    if (next.section) query.set("section", next.section);
    if (next.page && next.page > 1) query.set("page", String(next.page));
    const qs = query.toString();
    return qs ? `/articles?${qs}` : "/articles";
  };
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{section ? `${section.label}: analysis` : "Analysis"}</h1>
      <nav aria-label="Filter by section" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <a
              href="/articles"
              aria-current={!section ? "page" : undefined}
              className="rounded-full border px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              All sections
            </a>
          </li>
          {sections.map(({ label, slug }) => (
            <li key={slug}>
              <a
                href={hrefFor({ section: slug })}
                aria-current={section?.slug === slug ? "page" : undefined}
                className="rounded-full border px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-paper"
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6">
        {items.length === 0 ? (
          <p>No articles yet in this section.</p>
        ) : (
          items.map((article) => <ArticleCard key={article.id} article={article} headingLevel={2} />)
        )}
      </div>
      {pageCount > 1 && (
        <nav aria-label="Pages" className="mt-8 flex justify-between">
          {page > 1 ? (
            <a rel="prev" href={hrefFor({ page: page - 1, section: section?.slug })} className="underline">
              ← Newer
            </a>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <a rel="next" href={hrefFor({ page: page + 1, section: section?.slug })} className="underline">
              Older →
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
