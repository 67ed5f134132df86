import { formatBriefDate } from "@/lib/briefs/schedule";
import { formatDate, formatTimestamp } from "@/lib/format";
import type { SearchResult } from "@/lib/search/search";
import { HighlightedText } from "./highlighted-text";

/** Where a result leads, the line above its title, and its title (with marks, except a brief's). */
function describe(result: SearchResult): { href: string; external: boolean; label: string; title: string } {
  const date = formatDate(result.publishedAt);
  switch (result.kind) {
    case "article":
      return { href: `/articles/${result.slug}`, external: false, label: `Analysis · ${result.section} · ${date}`, title: result.title };
    case "episode": {
      const at = result.startSeconds !== null ? `?t=${result.startSeconds}` : "";
      const said = result.startSeconds !== null ? ` · said at ${formatTimestamp(result.startSeconds * 1000)}` : "";
      return {
        href: `/podcasts/${result.slug}${at}`,
        external: false,
        label: `Podcast · Episode ${result.number} · ${date}${said}`,
        title: result.title,
      };
    }
    case "pick": {
      const source = result.articleSlug ? null : result.sourceName;
      const label = ["The stream", result.section, source, date].filter(Boolean).join(" · ");
      return result.articleSlug
        ? { href: `/articles/${result.articleSlug}`, external: false, label, title: result.title }
        : { href: result.url!, external: true, label, title: result.title };
    }
    case "brief":
      return { href: `/briefs/${result.date}`, external: false, label: "The Daily Brief", title: formatBriefDate(result.date) };
  }
}

export function SearchResultItem({ result }: { result: SearchResult }) {
  const { href, external, label, title } = describe(result);
  return (
    <li className="border-t border-neutral-300 py-4">
      <p className="text-sm text-muted">{label}</p>
      <h2 className="mt-1 font-serif text-xl font-bold">
        {external ? (
          <a href={href} className="hover:underline" rel="noopener noreferrer external">
            <HighlightedText text={title} />
          </a>
        ) : (
          <a href={href} className="hover:underline">
            <HighlightedText text={title} />
          </a>
        )}
      </h2>
      <p className="mt-1">
        <HighlightedText text={result.snippet} />
      </p>
    </li>
  );
}
