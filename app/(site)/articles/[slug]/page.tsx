import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleHero } from "@/components/article/article-hero";
import { PaywallNotice } from "@/components/paywall/paywall-notice";
import { JsonLd } from "@/components/seo/json-ld";
import { findMovedArticleSlug } from "@/lib/content/article-slugs";
import { getArticleSummary, getReadableArticle } from "@/lib/content/articles";
import { heroImageOf } from "@/lib/content/hero-image";
import { articleJsonLd } from "@/lib/content/structured-data";
import { getPublication } from "@/lib/publication";
import { getAccessPolicy, getViewer } from "@/lib/viewer";

// Varies per viewer: never cached or shared between readers.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleSummary((await params).slug);
  if (!article) return {};
  const hero = heroImageOf(article);
  const images = hero ? [{ url: hero.url, width: hero.width, height: hero.height, alt: hero.alt }] : undefined;
  return {
    title: article.title,
    description: article.dek,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.dek,
      publishedTime: article.publishedAt.toISOString(),
      authors: article.authors.map((a) => a.name),
      images,
    },
    twitter: { card: hero ? "summary_large_image" : "summary", title: article.title, description: article.dek, images },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const article = await getReadableArticle(slug, viewer, getAccessPolicy());
  if (!article) {
    // An address the article had before its slug changed: 308 to where it lives now.
    const moved = await findMovedArticleSlug(slug);
    if (moved) permanentRedirect(`/articles/${moved}`);
    notFound();
  }
  const gatedAndShown = article.access !== "FREE" && article.decision.allowed;
  const hero = heroImageOf(article);
  return (
    <article className="mx-auto max-w-2xl">
      <JsonLd
        data={articleJsonLd(article, await getPublication(), { paywalledSelector: gatedAndShown ? ".paywalled-content" : undefined })}
      />
      <ArticleHeader
        sectionLabel={article.section.label}
        title={article.title}
        dek={article.dek}
        authors={article.authors}
        publishedAt={article.publishedAt}
      />
      {hero && <ArticleHero image={hero} />}
      <ArticleBody html={article.html} paywalled={gatedAndShown} />
      {!article.decision.allowed && (
        <PaywallNotice
          reason={article.decision.reason}
          returnTo={`/articles/${article.slug}`}
          signedIn={viewer.kind === "user"}
          articleId={article.id}
        />
      )}
    </article>
  );
}
