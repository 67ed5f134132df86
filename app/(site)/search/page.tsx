import type { Metadata } from "next";
import { SearchResultItem } from "@/components/search/search-result-item";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { listSections } from "@/lib/content/sections";
import { getPublication } from "@/lib/publication";
import { search } from "@/lib/search/search";
import { MAX_PAGE, MAX_QUERY_CHARS, parseSearchRequest, type SearchRequest } from "@/lib/search/search-request";
import { getAccessPolicy, getViewer } from "@/lib/viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search", robots: { index: false } };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function pageHref(request: SearchRequest, page: number): string {
  const query = new URLSearchParams({ q: request.q });
  if (request.type !== "all") query.set("type", request.type);
  if (request.section) query.set("section", request.section);
  if (request.from) query.set("from", request.from);
  if (request.to) query.set("to", request.to);
  if (page > 1) query.set("page", String(page));
  return `/search?${query}`;
}

export default async function SearchPage({ searchParams }: Props) {
  const request = parseSearchRequest(await searchParams);
  const [viewer, publication, sections] = await Promise.all([getViewer(), getPublication(), listSections()]);
  const found = await search(request, viewer, getAccessPolicy(), publication.timeZone);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <form action="/search" role="search" className="mt-4 grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <TextField name="q" id="search-q" label="Words to find" type="search" defaultValue={request.q} maxLength={MAX_QUERY_CHARS} />
        <SelectField
          name="type"
          label="In"
          defaultValue={request.type}
          options={[
            { value: "all", label: "Everything" },
            { value: "articles", label: "Articles" },
            { value: "podcasts", label: "Podcast and transcripts" },
            { value: "picks", label: "The stream" },
            { value: "briefs", label: "The Daily Brief" },
          ]}
        />
        <SelectField
          name="section"
          label="Section"
          defaultValue={request.section ?? ""}
          options={[{ value: "", label: "Every section" }, ...sections.map((s) => ({ value: s.slug, label: s.label }))]}
        />
        <TextField name="from" label="From" type="date" defaultValue={request.from ?? ""} />
        <TextField name="to" label="To" type="date" defaultValue={request.to ?? ""} />
        <div className="self-end">
          <Button>Search</Button>
        </div>
      </form>
      {request.q && (
        <section aria-labelledby="results-heading" className="mt-8">
          <p id="results-heading" role="status" className="font-semibold">
            {found.total === 0
              ? `Nothing found for “${request.q}”.`
              : `${found.more ? `More than ${found.total.toLocaleString("en")}` : found.total} ${found.total === 1 ? "result" : "results"} for “${request.q}”${found.pageCount > 1 ? `, page ${found.page} of ${found.pageCount}` : ""}.`}
          </p>
          <ol className="mt-4">
            {found.results.map((result) => (
              <SearchResultItem key={`${result.kind}:${result.id}`} result={result} />
            ))}
          </ol>
          {found.pageCount > 1 && (
            <nav aria-label="Result pages" className="mt-6 flex justify-between">
              {found.page > 1 ? <a href={pageHref(request, found.page - 1)}>← Previous</a> : <span />}
              {found.page < Math.min(found.pageCount, MAX_PAGE) && <a href={pageHref(request, found.page + 1)}>Next →</a>}
            </nav>
          )}
        </section>
      )}
    </>
  );
}
