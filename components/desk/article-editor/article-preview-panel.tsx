"use client";

import type { AccessLevel } from "@prisma/client";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleHero } from "@/components/article/article-hero";
import type { PreviewResult } from "@/lib/desk/articles/article-preview";

// The article as readers will see it, drawn by the article page's own components from HTML
// the server rendered with the save-time renderer. For gated articles, a line marks where
// readers without access stop (they get the teaser, then the offer to sign in or subscribe).

const CUT_LABEL: Record<AccessLevel, string | null> = {
  FREE: null,
  REGISTERED: "Readers who are not signed in stop here",
  SUBSCRIBER: "Readers without a subscription stop here",
};

interface Props {
  preview: PreviewResult;
  access: AccessLevel;
  sectionLabel: string;
  title: string;
  dek: string;
  authors: Array<{ name: string; location: string }>;
  publishedAt: string | null;
  heroImage: { url: string; width: number; height: number; alt: string } | null;
}

export function ArticlePreviewPanel({ preview, access, sectionLabel, title, dek, authors, publishedAt, heroImage }: Props) {
  const cut = CUT_LABEL[access];
  return (
    <section aria-labelledby="preview-heading" className="rounded border border-neutral-300 bg-paper p-4 sm:p-6">
      <h2 id="preview-heading" className="mb-4 text-sm font-semibold uppercase tracking-wide text-muted">
        Preview
      </h2>
      <article className="mx-auto max-w-2xl">
        <ArticleHeader
          sectionLabel={sectionLabel}
          title={title || "Untitled"}
          dek={dek}
          authors={authors}
          publishedAt={publishedAt ? new Date(publishedAt) : null}
        />
        {heroImage && <ArticleHero image={heroImage} />}
        {"error" in preview ? (
          <p role="status" className="mt-8 text-muted">
            {preview.error}
          </p>
        ) : cut ? (
          <>
            <ArticleBody html={preview.teaserHtml} />
            <p
              data-testid="teaser-cut"
              className="my-6 border-y-2 border-dashed border-accent py-2 text-center text-sm font-semibold text-accent"
            >
              ✂ {cut}
            </p>
            <ArticleBody html={preview.restHtml} />
          </>
        ) : (
          <ArticleBody html={preview.bodyHtml} />
        )}
      </article>
    </section>
  );
}
