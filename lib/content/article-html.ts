import { cutTeaser, renderMarkdown } from "./markdown";

// What readers are served of an article, rendered once when it is saved: the sanitised HTML of
// the whole body, and of the teaser that readers without access see. Reading pages and feeds
// only ever pick one of the two; they never run Markdown or the sanitiser.

export interface ArticleHtml {
  bodyHtml: string;
  teaserHtml: string;
}

export function renderArticleHtml(markdown: string): ArticleHtml {
  return { bodyHtml: renderMarkdown(markdown), teaserHtml: renderMarkdown(cutTeaser(markdown)) };
}
