import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";

// A subscriber listening with the interactive transcript, shared ?t= links, search that finds
// what was said, and the private feed from /account. Audio in headless Chromium starts a while
// after play() resolves: every wait polls, none sleeps.

/** Episode 3: its transcript is for subscribers, and "white desert" is said once in it. */
async function gatedEpisode() {
  const { rows } = await e2eDb().query<{ slug: string; starts: number[] }>(
    `SELECT e.slug, array_agg(s."startMs" ORDER BY s.position) AS starts
     FROM "PodcastEpisode" e JOIN "Transcript" t ON t."episodeId" = e.id JOIN "TranscriptSegment" s ON s."transcriptId" = t.id
     WHERE e.number = 3 GROUP BY e.slug`,
  );
  return rows[0]!;
}

async function signInSubscriber(context: BrowserContext) {
  const reader = await createReader();
  await giveSubscription(reader.id);
  await context.addCookies([await createSessionCookie(reader.id)]);
  return reader;
}

const currentTime = (page: Page) => page.locator("#episode-audio").evaluate((audio: HTMLAudioElement) => audio.currentTime);
const activeIndex = (page: Page) =>
  page.locator("#transcript li").evaluateAll((items) => items.findIndex((item) => item.getAttribute("aria-current") === "true"));

test("a subscriber plays an episode: the highlight follows the audio, and clicking a later segment jumps there", async ({
  page,
  context,
}) => {
  await signInSubscriber(context);
  const episode = await gatedEpisode();
  await page.goto(`/podcasts/${episode.slug}`);
  await expect(page.locator("#transcript li")).toHaveCount(episode.starts.length);
  await page.locator("#episode-audio").evaluate(async (audio: HTMLAudioElement) => {
    audio.muted = true;
    // Eight times faster, so the first segment (6 s or more) ends within a second or two.
    audio.playbackRate = 8;
    await audio.play();
  });
  await expect.poll(() => activeIndex(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(0);
  const first = await activeIndex(page);
  await expect.poll(() => activeIndex(page), { timeout: 30_000 }).toBeGreaterThan(first);

  const target = 25;
  await page.locator("#episode-audio").evaluate((audio: HTMLAudioElement) => (audio.playbackRate = 1));
  await page.locator("#transcript li").nth(target).locator("p").click();
  const targetSeconds = episode.starts[target]! / 1000;
  await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(targetSeconds);
  expect(await currentTime(page)).toBeLessThan(targetSeconds + 30);
  await expect.poll(() => activeIndex(page)).toBeGreaterThanOrEqual(target);
  await expect(page).toHaveURL(new RegExp(`\\?t=${targetSeconds}$`));
});

test("?t= opens the episode at that moment, with its passage marked", async ({ page, context }) => {
  await signInSubscriber(context);
  const episode = await gatedEpisode();
  const segment = 12;
  const seconds = Math.floor(episode.starts[segment]! / 1000) + 1;
  await page.goto(`/podcasts/${episode.slug}?t=${seconds}`);
  await expect(page.locator("#episode-audio")).toHaveAttribute("src", new RegExp(`#t=${seconds}$`));
  await page.locator("#episode-audio").evaluate((audio: HTMLAudioElement) => audio.load());
  await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(seconds);
  await expect(page.locator(`#segment-${segment}`)).toHaveAttribute("aria-current", "true");
});

test("the transcript works without JavaScript: timestamps are ?t= links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInSubscriber(context);
  const page = await context.newPage();
  const episode = await gatedEpisode();
  await page.goto(`/podcasts/${episode.slug}`);
  // A passage a minute or so in; its exact start, as the link carries it.
  const segment = 8;
  const start = String(episode.starts[segment]! / 1000);
  const link = page.locator(`#segment-${segment}`).getByRole("link", { name: /^Play from \d\d:\d\d$/ });
  await expect(link).toHaveAttribute("href", `?t=${start}#listen`);
  await link.click();
  await expect(page.locator("#episode-audio")).toHaveAttribute("src", new RegExp(`#t=${start.replace(".", "\\.")}$`));
  await context.close();
});

test("searching within the transcript filters it and says how many passages match", async ({ page, context }) => {
  await signInSubscriber(context);
  await page.goto(`/podcasts/${(await gatedEpisode()).slug}`);
  await page.getByLabel("Search the transcript").fill("white desert");
  await expect(page.getByRole("status").filter({ hasText: "passages match" })).toHaveText(/^1 of \d+ passages match\.$/);
  await expect(page.locator("#transcript li:visible")).toHaveCount(1);
  await expect(page.locator("#transcript li:visible mark").first()).toHaveText(/white/i);
});

test("site search finds a phrase spoken in a transcript and opens the episode at that moment", async ({ page, context }) => {
  await signInSubscriber(context);
  await page.goto("/");
  await page.getByRole("searchbox", { name: /^Search/ }).fill("white desert");
  await page.getByRole("searchbox", { name: /^Search/ }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=white\+desert/);
  const result = page.getByRole("main").getByRole("listitem").getByRole("link").first();
  await expect(page.getByText(/said at \d\d:\d\d/)).toBeVisible();
  await expect(page.locator("mark").filter({ hasText: /white/i }).first()).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/podcasts\/.+\?t=[\d.]+$/);
  await expect(page.locator("#transcript li[aria-current=true]")).toContainText("white desert");
});

test("a subscriber gets a private feed address on /account; replacing it stops the old one", async ({ page, context, request }) => {
  await signInSubscriber(context);
  await page.goto("/account");
  await page.getByRole("button", { name: "Create my private feed" }).click();
  const field = page.getByLabel("Your private feed address");
  await expect(field).toHaveValue(/\/podcasts\/private\/[A-Za-z0-9_-]{43}\/feed\.xml$/);
  const first = await field.inputValue();
  const feed = await request.get(first);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("<podcast:transcript");
  await expect(page.locator("#podcast-feed svg")).toBeVisible();

  await page.getByRole("button", { name: "Replace with a new address" }).click();
  await expect(field).not.toHaveValue(first);
  expect((await request.get(first)).status()).toBe(410);
  expect((await request.get(await field.inputValue())).status()).toBe(200);
});
