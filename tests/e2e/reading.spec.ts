import { expect, test } from "@playwright/test";
import { createReader, createSessionCookie } from "./support/db";

test("the front page shows a lead story, the latest analysis and the latest podcast", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Latest analysis" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest podcast" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const lead = page.getByRole("region", { name: "Lead story" }).getByRole("link").first();
  await lead.click();
  await expect(page).toHaveURL(/\/articles\//);
});

test("articles can be filtered by section and paged", async ({ page }) => {
  await page.goto("/articles");
  const sections = page.getByRole("navigation", { name: "Filter by section" }).getByRole("link");
  await expect(sections).toHaveText([
    "All sections",
    "Africa",
    "Southeast Asia",
    "Latin America",
    "Middle East",
    "Central Asia",
    "South Asia",
  ]);
  await sections.getByText("Latin America", { exact: true }).click();
  await expect(page).toHaveURL(/\/articles\?section=latin-america$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latin America: analysis");
  const labels = await page.locator("article p.text-accent").allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toContain("Latin America");
  // Links from before sections were editable still filter.
  await page.goto("/articles?region=africa");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Africa: analysis");
  await page.goto("/articles");
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page.getByText("Page 2 of")).toBeVisible();
});

test("the podcast page plays its audio", async ({ page }) => {
  await page.goto("/podcasts");
  await page.getByRole("heading", { level: 2 }).first().getByRole("link").click();
  const audio = page.locator("audio");
  await expect(audio).toHaveCount(1);
  const loaded = await audio.evaluate(async (element: HTMLAudioElement) => {
    element.muted = true;
    if (element.readyState < 1)
      await new Promise((resolve, reject) => {
        element.addEventListener("loadedmetadata", resolve, { once: true });
        element.addEventListener("error", () => reject(new Error(`audio error ${element.error?.code}`)), { once: true });
        element.load();
      });
    await element.play();
    return { duration: element.duration };
  });
  expect(loaded.duration).toBeGreaterThan(300);
  // Headless Chromium starts audio a while after play() resolves, longer on a busy machine.
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 20_000 }).toBeGreaterThan(0);
});

test("unknown pages get a helpful 404, with the site's header and footer once", async ({ page }) => {
  for (const url of ["/articles/does-not-exist", "/podcasts/does-not-exist", "/no-such-section", "/admin"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" }), url).toBeVisible();
    await expect(page.getByRole("banner"), url).toHaveCount(1);
    await expect(page.getByRole("contentinfo"), url).toHaveCount(1);
    await expect(page.getByRole("main"), url).toHaveCount(1);
  }
});

test("pull quotes show their own quotation marks once", async ({ page, context }) => {
  const reader = await createReader();
  await context.addCookies([await createSessionCookie(reader.id)]);
  await page.goto("/articles/east-african-students-chinese-vocational-scholarships");
  const quote = page.locator(".prose blockquote p").first();
  await expect(quote).toContainText("The diploma opens a door");
  const marks = await quote.evaluate((p) => ({
    before: getComputedStyle(p, "::before").content,
    after: getComputedStyle(p, "::after").content,
    text: p.textContent ?? "",
  }));
  expect(marks.before).toBe("none");
  expect(marks.after).toBe("none");
  expect(marks.text.match(/[“”"]/g)).toEqual(["“", "”"]);
});

test("every page names the site's icon, and the icon is served", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  // Asked for by browsers and feed readers whatever the page names.
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
});

test("the RSS feed, sitemap and robots.txt are served", async ({ request }) => {
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  expect((await feed.text()).match(/<item>/g)?.length).toBeGreaterThanOrEqual(12);
  // The sitemap is an index of files; the demo's articles fit in the first.
  expect(await (await request.get("/sitemap.xml")).text()).toContain("/sitemap/articles-0.xml</loc>");
  expect(await (await request.get("/sitemap/articles-0.xml")).text()).toContain("/articles/");
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});

test("reading pages work on a 360 px phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/articles");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
