import Link from "next/link";
import type { DeskArticleRow } from "@/lib/desk/articles/list-desk-articles";
import { ACCESS_LABELS } from "@/lib/desk/articles/revision-fields";
import { formatInZone } from "@/lib/desk/articles/schedule-time";
import { StatusLabel } from "./status-label";

// The desk's articles, newest first. A table on wide screens; each row reads as a card on a phone.

export function ArticleTable({ articles, timeZone }: { articles: DeskArticleRow[]; timeZone: string }) {
  if (articles.length === 0) return <p className="mt-6">No articles match. Clear the filters, or write a new one.</p>;
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">Articles, newest first</caption>
      <thead className="hidden border-b md:table-header-group">
        <tr>
          <th scope="col" className="py-2">
            Title
          </th>
          <th scope="col">Status</th>
          <th scope="col">Authors</th>
          <th scope="col">Section</th>
          <th scope="col">Access</th>
          <th scope="col">Last changed</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id} className="block border-b border-neutral-200 py-3 md:table-row md:py-0">
            <th scope="row" className="block py-1 font-semibold md:table-cell md:py-2 md:pr-4">
              <Link href={`/admin/articles/${article.id}`} className="underline">
                {article.title || "Untitled"}
              </Link>
              {article.featured && <span className="ml-2 text-xs font-normal text-muted">Featured</span>}
            </th>
            <td className="block md:table-cell md:pr-4">
              <StatusLabel status={article.status} scheduledFor={article.scheduledFor} timeZone={timeZone} />
            </td>
            <td className="block md:table-cell md:pr-4">{article.authors.map((a) => a.name).join(", ") || "—"}</td>
            <td className="block md:table-cell md:pr-4">{article.section.label}</td>
            <td className="block md:table-cell md:pr-4">{ACCESS_LABELS[article.access]}</td>
            <td className="block text-muted md:table-cell">{formatInZone(article.updatedAt, timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
