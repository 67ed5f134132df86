import crypto from "node:crypto";
import { expect, request as requests, test, type BrowserContext, type Page } from "@playwright/test";
import { dateToZonedInput } from "@/lib/desk/articles/schedule-time";
import { createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";
import { makePng } from "./support/png";
import { serverActions } from "./support/routes";
import { E2E } from "./support/e2e-env";

// Journey: the newsroom desk's articles. An editor writes, illustrates and schedules an
// article; readers find it nowhere until its time, then the paywall applies to it like any
// other. Two editors at once get a conflict instead of a lost edit. Readers can't reach any of it.

async function signedIn(context: BrowserContext, role: "READER" | "EDITOR" = "EDITOR") {
  const user = await createReader({ role });
  await context.addCookies([await createSessionCookie(user.id)]);
  return user;
}

/** Paragraphs of plain words, so the paywall tests (paywall.spec.ts) can probe this article too. */
function body(label: string): string {
  return [
    `${label} opens with a public paragraph that every reader may see.`,
    `A second public paragraph of ${label} closes the teaser for readers.`,
    `Gated paragraph one of ${label} explains the port contracts in detail.`,
    `Gated paragraph two of ${label} follows the money through three banks.`,
    `Gated paragraph three of ${label} names the ministers who signed it.`,
    `Gated paragraph four of ${label} ends with what comes next this year.`,
  ].join("\n\n");
}

async function writeArticle(page: Page, title: string, label: string) {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Standfirst").fill(`Standfirst of ${label}.`);
  await page.getByLabel("Body (Markdown)").fill(body(label));
  await page.getByRole("group", { name: "Authors" }).getByRole("checkbox").first().check();
}

async function slugOf(title: string): Promise<string> {
  const { rows } = await e2eDb().query<{ slug: string }>(`SELECT slug FROM "Article" WHERE title = $1`, [title]);
  return rows[0]!.slug;
}

/**
 * Where readers find articles, as anonymous readers get them. A fresh client each time: a
 * reused keep-alive socket the server is just closing for idleness resets (ECONNRESET).
 */
async function readerSurfaces() {
  const client = await requests.newContext({ baseURL: E2E.appUrl });
  try {
    const get = (path: string) => client.get(path).then((response) => response.text());
    const [home, list, feed, sitemap] = await Promise.all([get("/"), get("/articles"), get("/feed.xml"), get("/sitemap/articles-0.xml")]);
    return { home, list, feed, sitemap };
  } finally {
    await client.dispose();
  }
}

test("an editor schedules a subscriber article with an image; it appears at its time, gated for readers and whole for subscribers", async ({
  browser,
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000);
  await signedIn(context);
  const label = `Scheduled piece ${crypto.randomBytes(3).toString("hex")}`;
  const title = `Harbour cranes: ${label}`;
  await writeArticle(page, title, label);
  await expect(page.getByLabel("Who can read it")).toHaveValue("SUBSCRIBER");
  await page.getByLabel("Upload an image").setInputFiles({ name: "cranes.png", mimeType: "image/png", buffer: makePng(1200, 630) });
  // The description is required: saving without it is refused next to the field.
  await expect(page.getByLabel("Image description (alt text)")).toBeFocused();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Describe the image for readers who can't see it.")).toBeVisible();
  await page.getByLabel("Image description (alt text)").fill("Three cranes over a container ship at dusk");
  // The preview marks where readers without access stop.
  await expect(page.getByTestId("teaser-cut")).toHaveText(/Readers without a subscription stop here/);

  const { rows } = await e2eDb().query<{ timeZone: string }>(`SELECT "timeZone" FROM "PublicationSettings"`);
  const timeZone = rows[0]?.timeZone ?? "America/New_York";
  const publishAt = new Date(Math.ceil((Date.now() + 45_000) / 1000) * 1000);
  await page.getByLabel("Publish at").fill(dateToZonedInput(publishAt, timeZone));
  await expect(page.getByText(`${timeZone} time`)).toBeVisible();
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Scheduled for / })).toBeVisible();
  const slug = await slugOf(title);

  // Before its time: nowhere.
  expect(Date.now()).toBeLessThan(publishAt.getTime());
  for (const [surface, text] of Object.entries(await readerSurfaces())) {
    expect(text, `${surface} before the time`).not.toContain(label);
    expect(text, `${surface} before the time`).not.toContain(slug);
  }
  expect((await request.get(`/articles/${slug}`)).status()).toBe(404);

  // Then the job publishes it: poll the home page, no fixed sleeps.
  await expect.poll(async () => (await readerSurfaces()).home.includes(label), { timeout: 120_000, intervals: [1_000] }).toBe(true);
  const late = Date.now() - publishAt.getTime();
  test.info().annotations.push({ type: "scheduled → on the home page", description: `${late} ms after the scheduled time` });
  console.log(`[desk] scheduled article on the home page ${late} ms after its time`);
  expect(late).toBeGreaterThanOrEqual(0);
  const surfaces = await readerSurfaces();
  expect(surfaces.list).toContain(label);
  expect(surfaces.feed).toContain(label);
  expect(surfaces.sitemap).toContain(`/articles/${slug}`);

  // Anonymous: teaser, image, paywall; none of the gated text.
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await reader.goto(`/articles/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByRole("img", { name: "Three cranes over a container ship at dusk" })).toBeVisible();
  await expect(reader.getByText(`A second public paragraph of ${label}`)).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
  expect(await reader.content()).not.toContain(`Gated paragraph one of ${label}`);
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/media\/images\/[0-9a-f]{32}\.png$/);
  await anonymous.close();

  // A subscriber: everything.
  const subscriberContext = await browser.newContext();
  const subscriber = await signedIn(subscriberContext, "READER");
  await giveSubscription(subscriber.id);
  const subscriberPage = await subscriberContext.newPage();
  await subscriberPage.goto(`/articles/${slug}`);
  await expect(subscriberPage.getByText(`Gated paragraph four of ${label}`)).toBeVisible();
  await expect(subscriberPage.getByRole("heading", { name: "Subscribe to keep reading" })).toHaveCount(0);
  await subscriberContext.close();
});

test("Publish now: on the home page at once; a new address redirects the old one", async ({ page, context, request }) => {
  await signedIn(context);
  const label = `Published piece ${crypto.randomBytes(3).toString("hex")}`;
  const title = `Grain corridors: ${label}`;
  await writeArticle(page, title, label);
  await page.getByLabel("Who can read it").selectOption("FREE");
  // No wait for that change's autosave: the panel keeps its buttons still while it lands.
  const clicked = Date.now();
  await page.getByRole("button", { name: "Publish now" }).click();
  // The editor's autosave (on leaving the field) runs first; on a loaded machine both take seconds.
  await expect
    .poll(async () => (await request.get("/").then((r) => r.text())).includes(label), { timeout: 30_000, intervals: [100] })
    .toBe(true);
  const visibleAfter = Date.now() - clicked;
  test.info().annotations.push({ type: "Publish → on the home page", description: `${visibleAfter} ms` });
  console.log(`[desk] "Publish now" to visible on the home page: ${visibleAfter} ms`);
  await expect(page.getByRole("heading", { name: /^Published / })).toBeVisible();

  const oldSlug = await slugOf(title);
  const newSlug = `${oldSlug}-moved`;
  await page.getByLabel("Address (slug)").fill(newSlug);
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByText("Updated. Readers see the new version.")).toBeVisible();
  const moved = await request.get(`/articles/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(new URL(moved.headers()["location"]!, E2E.appUrl).pathname).toBe(`/articles/${newSlug}`);
  expect((await request.get(`/articles/${newSlug}`)).status()).toBe(200);
});

test("two editors change one article at once: the second is told who saved, and nothing is overwritten", async ({
  browser,
  page,
  context,
}) => {
  const first = await signedIn(context);
  const label = `Contested piece ${crypto.randomBytes(3).toString("hex")}`;
  await writeArticle(page, `Rail links: ${label}`, label);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/^Saved at \d/)).toBeVisible();
  const url = page.url();
  expect(url).toMatch(/\/admin\/articles\/[0-9a-f-]{36}$/);

  const secondContext = await browser.newContext();
  await signedIn(secondContext);
  const second = await secondContext.newPage();
  await second.goto(url);
  await page.reload();

  await page.getByLabel("Title").fill(`Rail links, revised: ${label}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/^Saved at \d/)).toBeVisible();

  await second.getByLabel("Body (Markdown)").fill(`The second editor's version of ${label}.`);
  await second.getByRole("button", { name: "Save draft" }).click();
  const conflict = second.getByRole("alert").filter({ hasText: "Someone else saved this article" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`${first.email} saved this article at`);
  await expect(conflict.locator("ins").first()).toContainText("revised");
  await expect(conflict.getByRole("button", { name: "Copy my text" })).toBeVisible();
  await expect(conflict.getByRole("button", { name: "Reload their version" })).toBeVisible();
  // The second editor's text is still in the editor, and the first editor's is what is stored.
  await expect(second.getByLabel("Body (Markdown)")).toHaveValue(`The second editor's version of ${label}.`);
  const { rows } = await e2eDb().query<{ title: string; body: string }>(`SELECT title, body FROM "Article" WHERE id = $1`, [
    url.split("/").pop(),
  ]);
  expect(rows[0]).toEqual({ title: `Rail links, revised: ${label}`, body: body(label) });
  await secondContext.close();
});

test("readers get 404 from the editor's pages and upload route, and its server actions called directly change nothing", async ({
  context,
  request,
}) => {
  const { rows } = await e2eDb().query<{ id: string }>(`SELECT id FROM "Article" LIMIT 1`);
  const articleId = rows[0]!.id;
  const reader = await signedIn(context, "READER");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (const path of ["/admin/articles", "/admin/articles/new", `/admin/articles/${articleId}`, `/admin/articles/${articleId}/history`]) {
    for (const headers of [{}, { Cookie: cookie }] as Array<Record<string, string>>)
      expect((await request.get(path, { headers })).status(), path).toBe(404);
  }
  const upload = await request.post("/admin/uploads/images", {
    headers: { Cookie: cookie, Origin: E2E.appUrl, "Content-Type": "image/png" },
    data: makePng(10, 10),
  });
  expect(upload.status()).toBe(404);

  const actions = serverActions().filter((action) => action.file === "app/admin/articles/actions.ts");
  expect(actions.map((a) => a.name).sort()).toEqual([
    "deleteDraftAction",
    "previewArticleAction",
    "restoreRevisionAction",
    "saveArticleAction",
  ]);
  const articles = () =>
    e2eDb()
      .query(`SELECT id, version, status FROM "Article" ORDER BY id`)
      .then((result) => result.rows);
  const before = await articles();
  for (const action of actions) {
    // Well-formed calls a page of ours would make, on the desk's page and on a reader's page.
    for (const path of ["/admin/articles/new", "/"]) {
      const form = new FormData();
      for (const [name, value] of Object.entries({
        id: crypto.randomUUID(),
        articleId,
        revisionId: "clxrevision000000",
        baseVersion: "0",
        intent: "publish",
        title: "Written by a reader",
        dek: "x",
        body: "x",
        sectionId: "x",
        access: "FREE",
      }))
        form.append(`_1_${name}`, value);
      form.append("0", '["$K1"]');
      const response = await request.post(path, {
        headers: { Cookie: cookie, Origin: E2E.appUrl, "Next-Action": action.id, Accept: "text/x-component" },
        multipart: form,
        maxRedirects: 0,
      });
      const what = `${action.name} on ${path} as ${reader.email}: ${response.status()}`;
      // The desk's page refuses; a reader's page has no such action and answers as Next.js does
      // (no 5xx). Either way nothing changes: every article's version is compared below.
      if (path === "/") expect(response.status(), what).toBeLessThan(500);
      else expect([403, 404], what).toContain(response.status());
    }
  }
  expect(await articles()).toEqual(before);
});
