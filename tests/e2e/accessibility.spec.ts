import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createReader, createSessionCookie, giveSubscription } from "./support/db";
import { gatedArticles } from "./support/gated-content";

// Automated WCAG 2.1 AA checks (axe-core) on the pages readers see most. Axe finds only part
// of what matters; the rest is semantic HTML and the keyboard tests elsewhere.

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    path,
  ).toEqual([]);
}

test("anonymous reading pages pass axe", async ({ page }) => {
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  for (const path of ["/", "/articles", `/articles/${article!.slug}`, "/podcasts", "/pricing", "/signin", "/does-not-exist"]) {
    await expectNoViolations(page, path);
  }
});

test("a subscriber's article, transcript and account pages pass axe", async ({ page, context }) => {
  const reader = await createReader();
  await giveSubscription(reader.id, "active");
  await context.addCookies([await createSessionCookie(reader.id)]);
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await expectNoViolations(page, `/articles/${article!.slug}`);
  await page.goto("/podcasts");
  const episode = await page.getByRole("heading", { level: 2 }).first().getByRole("link").getAttribute("href");
  await expectNoViolations(page, episode!);
  await expectNoViolations(page, "/account");
});

test("the paywall can be reached and used with the keyboard alone", async ({ page }) => {
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await page.goto(`/articles/${article!.slug}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByRole("link", { name: "See subscription plans" }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole("link", { name: "See subscription plans" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/pricing\?next=/);
});
