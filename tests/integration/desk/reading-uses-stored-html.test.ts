import type * as Marked from "marked";
import type SanitizeHtml from "sanitize-html";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as feed } from "@/app/feed.xml/route";
import { getArticleSummary, getLeadStory, getReadableArticle, listArticles, listReadableArticles } from "@/lib/content/articles";
import { findMovedArticleSlug } from "@/lib/content/article-slugs";
import { db } from "@/lib/db";
import { ANONYMOUS } from "@/lib/entitlements";
import { getAccessPolicy } from "@/lib/viewer";
import { stopJobs } from "../../support/jobs";
import { readSitemap } from "../support/sitemap";
import { articleFields, newArticleId, newDesk, newEditor, saved } from "./support";

// Readers' requests serve the HTML stored at save time: with Markdown and the sanitiser
// watched, every read a reader's request makes calls neither (the import-graph test in
// tests/unit/reading-imports.test.ts shows the pages cannot even reach them).

const calls = vi.hoisted(() => ({ markdown: 0, sanitise: 0 }));

vi.mock("marked", async (importOriginal) => {
  const original = await importOriginal<typeof Marked>();
  const parse: typeof original.marked.parse = ((...args: Parameters<typeof original.marked.parse>) => {
    calls.markdown += 1;
    return original.marked.parse(...args);
  }) as typeof original.marked.parse;
  return { ...original, marked: Object.assign(Object.create(original.marked), { parse }) };
});

vi.mock("sanitize-html", async (importOriginal) => {
  const original = (await importOriginal<{ default: typeof SanitizeHtml }>()).default;
  const sanitise = Object.assign((...args: Parameters<typeof original>) => {
    calls.sanitise += 1;
    return original(...args);
  }, original);
  return { default: sanitise };
});

afterAll(async () => {
  await stopJobs();
  await db.$disconnect();
});

beforeEach(() => {
  calls.markdown = 0;
  calls.sanitise = 0;
});

describe("reading an article", () => {
  it("renders nothing: saving did the rendering", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const article = await saved(editor.id, { articleId: newArticleId(), baseVersion: 0, intent: "publish", fields: articleFields(desk) });
    expect(calls.markdown).toBeGreaterThan(0);
    expect(calls.sanitise).toBeGreaterThan(0);

    calls.markdown = 0;
    calls.sanitise = 0;
    const policy = getAccessPolicy();
    const readable = await getReadableArticle(article.slug, ANONYMOUS, policy);
    expect(readable?.html).toContain("Second paragraph");
    expect(readable?.html).not.toContain("Third paragraph");
    await Promise.all([
      getArticleSummary(article.slug),
      getLeadStory(),
      listArticles(),
      listReadableArticles(50, ANONYMOUS, policy),
      findMovedArticleSlug("anything"),
      readSitemap(),
      feed().then((response) => response.text()),
    ]);
    expect(calls).toEqual({ markdown: 0, sanitise: 0 });
  });
});
