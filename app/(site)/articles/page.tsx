import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleCard } from "@/components/article/article-card";
import { listArticles } from "@/lib/content/articles";
import { REGIONS, regionFromSlug } from "@/lib/content/regions";

export const metadata: Metadata = { title: "Analysis", description: "News and analysis on China and the Global South, by region." };

interface Props {
  searchParams: Promise<{ page?: string | string[]; region?: string | string[] }>;
}

// `?page=` is a page number people can type; anything else is a page that does not exist.
const pageSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .optional();

export default async function ArticlesPage({ searchParams }: Props) {
  const params = await searchParams;
  const region = typeof params.region === "string" ? regionFromSlug(params.region) : undefined;
  const parsedPage = pageSchema.safeParse(params.page);
  if (!parsedPage.success) notFound();
  const page = parsedPage.data ?? 1;
  const { items, pageCount } = await listArticles({ page, region });
  if (page > pageCount) notFound();
  const hrefFor = (next: { page?: number; region?: string }) => {
    const query = new URLSearchParams();
    if (next.region) query.set("region", next.region);
    if (next.page && next.page > 1) query.set("page", String(next.page));
    const qs = query.toString();
    return qs ? `/articles?${qs}` : "/articles";
  };
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{region ? `${REGIONS[region].label}: analysis` : "Analysis"}</h1>
      <nav aria-label="Filter by region" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link
              href="/articles"
              aria-current={!region ? "page" : undefined}
              className="rounded-full border px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              All regions
            </Link>
          </li>
          {Object.entries(REGIONS).map(([key, { label, slug }]) => (
            <li key={key}>
              <Link
                href={hrefFor({ region: slug })}
                aria-current={region === key ? "page" : undefined}
                className="rounded-full border px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-paper"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6">
        {items.length === 0 ? (
          <p>No articles yet in this region.</p>
        ) : (
          items.map((article) => <ArticleCard key={article.id} article={article} headingLevel={2} />)
        )}
      </div>
      {pageCount > 1 && (
        <nav aria-label="Pages" className="mt-8 flex justify-between">
          {page > 1 ? (
            <Link rel="prev" href={hrefFor({ page: page - 1, region: region && REGIONS[region].slug })} className="underline">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link rel="next" href={hrefFor({ page: page + 1, region: region && REGIONS[region].slug })} className="underline">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
