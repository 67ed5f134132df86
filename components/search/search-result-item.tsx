import Link from "next/link";
import { formatDate, formatTimestamp } from "@/lib/format";
import type { SearchResult } from "@/lib/search/search";
import { HighlightedText } from "./highlighted-text";

export function SearchResultItem({ result }: { result: SearchResult }) {
  const href =
    result.kind === "article"
      ? `/articles/${result.slug}`
      : `/podcasts/${result.slug}${result.startSeconds !== null ? `?t=${result.startSeconds}` : ""}`;
  return (
    <li className="border-t border-neutral-300 py-4">
      <p className="text-sm text-muted">
        {result.kind === "article" ? `Analysis · ${result.section}` : `Podcast · Episode ${result.number}`} ·{" "}
        {formatDate(result.publishedAt)}
        {result.kind === "episode" && result.startSeconds !== null && ` · said at ${formatTimestamp(result.startSeconds * 1000)}`}
      </p>
      <h2 className="mt-1 font-serif text-xl font-bold">
        <Link href={href} className="hover:underline">
          <HighlightedText text={result.title} />
        </Link>
      </h2>
      <p className="mt-1">
        <HighlightedText text={result.snippet} />
      </p>
    </li>
  );
}
