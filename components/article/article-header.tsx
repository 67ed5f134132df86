import { formatDate } from "@/lib/format";

// The top of an article as readers see it. The desk's preview renders the same component.

export interface ArticleHeaderProps {
  sectionLabel: string;
  title: string;
  dek: string;
  authors: Array<{ name: string; location: string }>;
  /** Null in a preview of an article not yet published. */
  publishedAt: Date | null;
}

export function ArticleHeader({ sectionLabel, title, dek, authors, publishedAt }: ArticleHeaderProps) {
  const byline = authors.map((a) => `${a.name} in ${a.location}`).join(" and ");
  return (
    <header>
      <p className="text-xs font-semibold uppercase tracking-wide text-accent">{sectionLabel}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
      <p className="mt-3 text-lg text-muted">{dek}</p>
      <p className="mt-3 text-sm text-muted">
        {byline && `By ${byline}`}
        {byline && publishedAt && " · "}
        {publishedAt && <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt)}</time>}
      </p>
    </header>
  );
}
