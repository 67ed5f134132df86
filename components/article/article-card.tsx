import type { ArticleSummary } from "@/lib/content/articles";
import { formatDate } from "@/lib/format";
import { AccessBadge } from "./access-badge";

export function ArticleCard({ article, headingLevel = 3 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-t border-neutral-300 py-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-accent">
        {article.section.label} <AccessBadge access={article.access} />
      </p>
      <Heading className="mt-1 font-serif text-xl font-bold leading-snug">
        <a href={`/articles/${article.slug}`} className="hover:underline">
          {article.title}
        </a>
      </Heading>
      <p className="mt-1 text-muted">{article.dek}</p>
      <p className="mt-2 text-sm text-muted">
        {article.authors.map((a) => a.name).join(" and ")} ·{" "}
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
      </p>
    </article>
  );
}
