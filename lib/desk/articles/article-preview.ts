import "server-only";
import { renderArticleHtml } from "@/lib/content/article-html";
import { renderMarkdown, splitTeaser } from "@/lib/content/markdown";

// The live preview: the body rendered by the very function that renders it at save time, with
// the point where readers without access stop. Runs only for editors, never for readers.

export interface ArticlePreview {
  /** What everyone sees: stored as the teaser's HTML at save time. */
  teaserHtml: string;
  /** The gated remainder, after the cut. */
  restHtml: string;
  /** The whole body as readers with access get it. */
  bodyHtml: string;
}

/** What the editor's preview action answers. */
export type PreviewResult = (ArticlePreview & { suggestedSlug: string }) | { error: string };

export function renderArticlePreview(markdown: string): ArticlePreview {
  const { bodyHtml, teaserHtml } = renderArticleHtml(markdown);
  return { bodyHtml, teaserHtml, restHtml: renderMarkdown(splitTeaser(markdown).rest) };
}
