import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaywallNotice } from "@/components/paywall/paywall-notice";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticleSummary, getReadableArticle } from "@/lib/content/articles";
import { articleJsonLd } from "@/lib/content/structured-data";
import { getPublication } from "@/lib/publication";
import { formatDate } from "@/lib/format";
import { getAccessPolicy, getViewer } from "@/lib/viewer";

// Varies per viewer: never cached or shared between readers.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleSummary((await params).slug);
  if (!article) return {};
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
    },
    twitter: { card: "summary", title: article.title, description: article.dek },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const article = await getReadableArticle(slug, viewer, getAccessPolicy());
  if (!article) notFound();
  const gatedAndShown = article.access !== "FREE" && article.decision.allowed;
  return (
    <article className="mx-auto max-w-2xl">
      <JsonLd
        data={articleJsonLd(article, await getPublication(), { paywalledSelector: gatedAndShown ? ".paywalled-content" : undefined })}
      />
      <header>
        <p className="text-xs font-semibold uppercase tracking-wide text-accent">{article.section.label}</p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-3 text-lg text-muted">{article.dek}</p>
        <p className="mt-3 text-sm text-muted">
          By {article.authors.map((a) => `${a.name} in ${a.location}`).join(" and ")} ·{" "}
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        </p>
      </header>
      <div
        className={`prose prose-lg mt-8 max-w-none font-serif prose-a:text-accent ${gatedAndShown ? "paywalled-content" : ""}`}
        dangerouslySetInnerHTML={{ __html: article.html }}
      />
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
