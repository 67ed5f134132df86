import type { Publication } from "@/lib/publication";
import type { ArticleSummary } from "./articles";
import { heroImageOf } from "./hero-image";

/** schema.org Organization for the publisher, with its logo and profiles when set. */
function publisherJsonLd(publication: Publication) {
  return {
    "@type": "Organization",
    name: publication.name,
    url: publication.url,
    ...(publication.logoUrl ? { logo: new URL(publication.logoUrl, publication.url).href } : {}),
    ...(publication.socialLinks.length > 0 ? { sameAs: publication.socialLinks.map((link) => link.url) } : {}),
  };
}

/**
 * schema.org NewsArticle for an article page. Per Google's paywalled-content guidance, gated
 * articles say isAccessibleForFree: false; `hasPart` names the paywalled element only when
 * that element is really in the page this viewer receives.
 */
export function articleJsonLd(article: ArticleSummary, publication: Publication, options: { paywalledSelector?: string }) {
  const free = article.access === "FREE";
  const hero = heroImageOf(article);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.dek,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    mainEntityOfPage: `${publication.url}/articles/${article.slug}`,
    ...(hero ? { image: [new URL(hero.url, publication.url).href] } : {}),
    author: article.authors.map((a) => ({ "@type": "Person", name: a.name })),
    publisher: publisherJsonLd(publication),
    isAccessibleForFree: free,
    ...(!free && options.paywalledSelector
      ? { hasPart: { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: options.paywalledSelector } }
      : {}),
  };
}
