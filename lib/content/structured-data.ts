import type { Publication } from "@/lib/publication";
import type { ArticleSummary } from "./articles";

/**
 * schema.org NewsArticle for an article page. Per Google's paywalled-content guidance, gated
 * articles say isAccessibleForFree: false; `hasPart` names the paywalled element only when
 * that element is really in the page this viewer receives.
 */
export function articleJsonLd(article: ArticleSummary, publication: Publication, options: { paywalledSelector?: string }) {
  const free = article.access === "FREE";
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.dek,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    mainEntityOfPage: `${publication.url}/articles/${article.slug}`,
    author: article.authors.map((a) => ({ "@type": "Person", name: a.name })),
    publisher: { "@type": "Organization", name: publication.name, url: publication.url },
    isAccessibleForFree: free,
    ...(!free && options.paywalledSelector
      ? { hasPart: { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: options.paywalledSelector } }
      : {}),
  };
}
