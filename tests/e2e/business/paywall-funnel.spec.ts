import { expect, test, type Browser } from "@playwright/test";
import { e2eDb } from "../support/db";

// The paywall funnel counts in the reader's browser, first-party and cookie-free: the paywall's
// image beacon counts an impression, and a browser sending DNT or Sec-GPC is not counted.

async function gatedArticle() {
  const { rows } = await e2eDb().query<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Article" WHERE access = 'SUBSCRIBER' AND status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  return rows[0]!;
}

async function impressions(articleId: string): Promise<number> {
  const { rows } = await e2eDb().query<{ n: string }>(
    `SELECT coalesce(sum(impressions), 0) AS n FROM "PaywallFunnelDay" WHERE "articleId" = $1`,
    [articleId],
  );
  return Number(rows[0]!.n);
}

async function viewPaywall(browser: Browser, slug: string, headers: Record<string, string> = {}) {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await context.newPage();
  const beacon = page.waitForResponse((r) => r.url().includes("/api/funnel?e=impression"));
  await page.goto(`/articles/${slug}`);
  await page.getByRole("heading", { name: "Subscribe to keep reading" }).scrollIntoViewIfNeeded();
  expect((await beacon).status()).toBe(200);
  await context.close();
}

test("a paywall view is counted once, and not at all for DNT or Sec-GPC", async ({ browser }) => {
  const article = await gatedArticle();
  const before = await impressions(article.id);
  await viewPaywall(browser, article.slug);
  expect(await impressions(article.id)).toBe(before + 1);
  await viewPaywall(browser, article.slug, { DNT: "1" });
  await viewPaywall(browser, article.slug, { "Sec-GPC": "1" });
  expect(await impressions(article.id)).toBe(before + 1);
});
