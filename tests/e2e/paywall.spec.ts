import { expect, test, type APIRequestContext } from "@playwright/test";
import { createReader, createSessionCookie, giveSubscription } from "./support/db";
import { gatedArticles, gatedTranscripts } from "./support/gated-content";

// Journey 2: anyone sees a teaser, subscribers see everything, and gated text never leaves
// the server for someone who may not read it — checked on every seeded gated item.

async function everySurface(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const [html, rscHeader, rscQuery] = await Promise.all([
    request.get(path).then((r) => r.text()),
    request.get(path, { headers: { RSC: "1" } }).then((r) => r.text()),
    request.get(`${path}?_rsc=probe`, { headers: { RSC: "1", "Next-Router-Prefetch": "1" } }).then((r) => r.text()),
  ]);
  return { html, "RSC payload": rscHeader, "RSC prefetch": rscQuery };
}

test("anonymous requests to every gated article, its RSC payload and the feed carry none of the gated text", async ({ request }) => {
  const articles = await gatedArticles();
  expect(articles.length).toBeGreaterThanOrEqual(6);
  const feed = await (await request.get("/feed.xml")).text();
  for (const article of articles) {
    expect(article.gatedProbes.length, `${article.slug} has gated paragraphs to probe`).toBeGreaterThan(3);
    const surfaces: Record<string, string> = { ...(await everySurface(request, `/articles/${article.slug}`)), feed };
    expect(surfaces.html).toContain(article.teaserProbe!);
    for (const [surface, body] of Object.entries(surfaces)) {
      for (const probe of article.gatedProbes) expect(body, `${surface} of ${article.slug} leaks "${probe}"`).not.toContain(probe);
    }
  }
});

test("anonymous requests to gated transcripts carry none of their text", async ({ request }) => {
  const transcripts = await gatedTranscripts();
  expect(transcripts.length).toBeGreaterThanOrEqual(3);
  for (const transcript of transcripts) {
    expect(transcript.probes.length).toBeGreaterThan(20);
    for (const [surface, body] of Object.entries(await everySurface(request, `/podcasts/${transcript.slug}`))) {
      for (const probe of transcript.probes) expect(body, `${surface} of ${transcript.slug} leaks "${probe}"`).not.toContain(probe);
    }
  }
});

test("an anonymous reader sees the teaser and a subscribe call to action", async ({ page }) => {
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(article!.teaserProbe!)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See subscription plans" })).toHaveAttribute(
    "href",
    // `from` names the article for the business view's funnel (issue 13).
    new RegExp(`^/pricing\\?next=%2Farticles%2F${article!.slug}&from=[a-z0-9]+$`),
  );
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", isAccessibleForFree: false });
  // No paywalled element is in this page, so JSON-LD must not point at one.
  expect(jsonLd.hasPart).toBeUndefined();
  await expect(page.locator(".paywalled-content")).toHaveCount(0);
});

test("a subscriber reads every gated article in full and the transcripts", async ({ page, context, request }) => {
  const reader = await createReader();
  await giveSubscription(reader.id, "active");
  await context.addCookies([await createSessionCookie(reader.id)]);

  for (const article of await gatedArticles()) {
    const html = await (await page.request.get(`/articles/${article.slug}`)).text();
    for (const probe of article.gatedProbes) expect(html, `${article.slug} shows "${probe}" to a subscriber`).toContain(probe);
  }

  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByText(article!.gatedProbes.at(-1)!)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toHaveCount(0);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.hasPart).toMatchObject({ isAccessibleForFree: false, cssSelector: ".paywalled-content" });
  await expect(page.locator(".paywalled-content")).toHaveCount(1);

  const [transcript] = await gatedTranscripts();
  await page.goto(`/podcasts/${transcript!.slug}`);
  await expect(page.getByText(transcript!.probes.at(-1)!)).toBeVisible();
  void request;
});

for (const subscription of ["none", "canceled"] as const) {
  test(`a signed-in reader with ${subscription === "none" ? "no subscription" : "a canceled subscription"} gets no subscriber text anywhere, and reads what sign-in unlocks`, async ({
    context,
  }) => {
    const reader = await createReader();
    if (subscription === "canceled") await giveSubscription(reader.id, "canceled");
    await context.addCookies([await createSessionCookie(reader.id)]);

    const articles = await gatedArticles();
    expect(articles.filter((a) => a.access === "SUBSCRIBER").length).toBeGreaterThanOrEqual(4);
    // Items for registered readers show in full: proof that these requests are signed in.
    expect(articles.filter((a) => a.access === "REGISTERED").length).toBeGreaterThanOrEqual(1);
    for (const article of articles) {
      const surfaces = await everySurface(context.request, `/articles/${article.slug}`);
      expect(surfaces.html).toContain(article.teaserProbe!);
      for (const [surface, body] of Object.entries(surfaces)) {
        for (const probe of article.gatedProbes) {
          if (article.access === "SUBSCRIBER") expect(body, `${surface} of ${article.slug} leaks "${probe}"`).not.toContain(probe);
          // (A prefetch carries the route tree, not the page, so it shows nothing either way.)
          else if (surface !== "RSC prefetch") expect(body, `${surface} of ${article.slug} hides "${probe}"`).toContain(probe);
        }
      }
    }

    const transcripts = await gatedTranscripts();
    expect(transcripts.filter((t) => t.access === "SUBSCRIBER").length).toBeGreaterThanOrEqual(3);
    for (const transcript of transcripts) {
      for (const [surface, body] of Object.entries(await everySurface(context.request, `/podcasts/${transcript.slug}`))) {
        for (const probe of transcript.probes) {
          if (transcript.access === "SUBSCRIBER") expect(body, `${surface} of ${transcript.slug} leaks "${probe}"`).not.toContain(probe);
          else if (surface !== "RSC prefetch") expect(body, `${surface} of ${transcript.slug} hides "${probe}"`).toContain(probe);
        }
      }
    }
  });
}

test("a signed-in reader without a subscription is asked to subscribe, not to sign in", async ({ page, context }) => {
  const reader = await createReader();
  await context.addCookies([await createSessionCookie(reader.id)]);
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
  await expect(page.getByText("Already a subscriber? Sign in")).toHaveCount(0);
});

test("pages that vary per reader are never cacheable", async ({ request }) => {
  const [article] = await gatedArticles();
  const response = await request.get(`/articles/${article!.slug}`);
  expect(response.headers()["cache-control"]).toMatch(/no-store|private/);
});
