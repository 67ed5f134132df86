import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFilters } from "@/components/desk/article-list/article-filters";
import { ArticleTable } from "@/components/desk/article-list/article-table";
import { requireRole } from "@/lib/auth/guards";
import { getEditorChoices } from "@/lib/desk/articles/article-queries";
import { deskFiltersSchema, listDeskArticles, type DeskFilters } from "@/lib/desk/articles/list-desk-articles";
import { pageMessage } from "@/lib/page-messages";
import { getSettings } from "@/lib/settings/get-settings";
import { ARTICLE_ERRORS, ARTICLE_NOTICES } from "./urls";

export const metadata: Metadata = { title: "Articles", robots: { index: false } };

type Query = Record<string, string | string[] | undefined>;

function pageHref(filters: DeskFilters, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page: page > 1 ? String(page) : undefined }))
    if (value !== undefined) query.set(key, String(value));
  const qs = query.toString();
  return qs ? `/admin/articles?${qs}` : "/admin/articles";
}

export default async function DeskArticlesPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requireRole("EDITOR");
  const query = await searchParams;
  const filters = deskFiltersSchema.parse(query);
  const [{ items, total, pageCount }, choices, { timeZone }] = await Promise.all([
    listDeskArticles(filters),
    getEditorChoices(),
    getSettings(),
  ]);
  const notice = pageMessage(ARTICLE_NOTICES, query.notice);
  const error = pageMessage(ARTICLE_ERRORS, query.error);
  const page = Math.min(filters.page, pageCount);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="rounded bg-ink px-4 py-2 font-semibold text-paper hover:bg-neutral-800">
          New article
        </Link>
      </div>
      {notice && (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3">
          {error}
        </p>
      )}
      <ArticleFilters filters={filters} sections={choices.sections} authors={choices.authors} />
      <p className="mt-4 text-sm text-muted" role="status">
        {total === 1 ? "1 article" : `${total} articles`}
        {pageCount > 1 && `, page ${page} of ${pageCount}`}
      </p>
      <ArticleTable articles={items} timeZone={timeZone} />
      {pageCount > 1 && (
        <nav aria-label="Pages" className="mt-6 flex justify-between">
          {page > 1 ? (
            <Link rel="prev" href={pageHref(filters, page - 1)} className="underline">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          {page < pageCount ? (
            <Link rel="next" href={pageHref(filters, page + 1)} className="underline">
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
