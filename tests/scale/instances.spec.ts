import { expect, test, type Browser } from "@playwright/test";
import { payOnCheckout } from "../e2e/support/billing";
import { makePng } from "../e2e/support/png";
import { gatedArticles } from "../e2e/support/gated-content";
import { TEST_PORTS } from "../support/test-ports";
import {
  articleStatus,
  dueBrief,
  mailTo,
  scheduledArticle,
  schedulePublications,
  sendJob,
  signedInReader,
  subjectsTo,
  waitForMail,
} from "./support/fixtures";
import { startStack, type Stack } from "./support/stack";

// Two app instances and two workers on one PostgreSQL behind nginx (round-robin, the
// deployment's own deploy/nginx.conf). Readers go through the balancer, so consecutive requests
// land on different instances; the checks are that nothing notices: sessions, rate limits,
// scheduled publishing, brief deliveries and media behave as with one instance.

test.describe.configure({ mode: "serial" });

let stack: Stack;
const instanceUrls = [0, 1].map((i) => `http://127.0.0.1:${TEST_PORTS.scaleApps + i}`);

test.beforeAll(async () => {
  test.setTimeout(600_000);
  stack = await startStack({ instances: 2, workers: 2 });
});
test.afterAll(async () => stack?.close());

/** The instances (ports) that served requests logged by nginx since `mark`, matching `request`. */
function servedBy(mark: number, request: RegExp): Set<string> {
  const lines = stack.balancer!.accessLog().slice(mark).split("\n");
  return new Set(lines.filter((line) => request.test(line)).map((line) => /upstream=\S+:(\d+)/.exec(line)?.[1] ?? "none"));
}

async function signIn(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL: stack.url });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // The link itself, not the first address in the text (the publication's front page, in the header).
  const link = /https?:\/\/[^\s\]]+\/api\/auth\/callback\/email\?[^\s\]]+/.exec(await waitForMail(stack, email, /Sign in to/))![0];
  await page.goto(link);
  return { context, page };
}

test("a session is valid on both instances, and through the balancer", async ({ browser }) => {
  const reader = await signedInReader(stack);
  for (const url of [...instanceUrls, stack.url]) {
    const account = await fetch(`${url}/account`, { headers: { cookie: reader.cookie }, redirect: "manual" });
    expect(account.status, url).toBe(200);
    expect(await account.text()).toContain(reader.email);
  }
  const context = await browser.newContext({ baseURL: stack.url });
  await context.addCookies([reader.session]);
  const page = await context.newPage();
  const mark = stack.balancer!.accessLog().length;
  for (let i = 0; i < 2; i++) {
    await page.goto("/account");
    await expect(page.getByText(reader.email)).toBeVisible();
  }
  expect(servedBy(mark, /"GET /).size, "the pages came from both instances").toBe(2);
  await context.close();
});

test("a reader subscribes through the balancer and reads the whole article on either instance", async ({ browser }) => {
  const reader = await signedInReader(stack);
  const context = await browser.newContext({ baseURL: stack.url });
  await context.addCookies([reader.session]);
  const page = await context.newPage();
  await page.goto("/pricing");
  await page.getByRole("link", { name: "Subscribe monthly" }).click();
  await payOnCheckout(page, "4242 4242 4242 4242", undefined, stack.standinUrl);
  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();
  const [article] = (await gatedArticles(stack.sql)).filter((a) => a.access === "SUBSCRIBER");
  // Twice through the balancer: one request per instance.
  for (let i = 0; i < 2; i++) {
    await page.goto(`/articles/${article!.slug}`);
    await expect(page.getByText(article!.gatedProbes.at(-1)!)).toBeVisible();
  }
  await context.close();
});

test("a student signs in by email, gets a code once and has it applied at checkout", async ({ browser }) => {
  const email = `student-${Date.now()}@cs.example.edu`;
  const { context, page } = await signIn(browser, email);
  const code = /EDU-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await waitForMail(stack, email, /academic code/))![0];
  await page.goto("/pricing");
  await expect(page.getByRole("status")).toContainText(code);
  await page.getByRole("link", { name: "Subscribe monthly" }).click();
  await payOnCheckout(page, "4242 4242 4242 4242", undefined, stack.standinUrl);
  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();
  await expect
    .poll(async () => {
      const { rows } = await stack.sql.query(
        `SELECT s."discountPercentOff" AS off FROM "Subscription" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
        [email],
      );
      return rows[0]?.off;
    })
    .toBe(50);
  // The welcome email comes last, after the webhook: by then any second code email would have too.
  expect(await waitForMail(stack, email, /^Welcome to/)).toContain("with your 50% discount");
  expect(await subjectsTo(stack, email)).toEqual([
    expect.stringMatching(/^Sign in to/),
    expect.stringMatching(/academic code/),
    expect.stringMatching(/^Welcome to/),
  ]);
  await context.close();
});

test("the sign-in rate limit counts requests on both instances together", async ({ page }) => {
  const email = `limited-${Date.now()}@example.org`;
  const outcomes: string[] = [];
  // Alternating between the instances themselves, so the requests are split for certain.
  for (let i = 0; i < 6; i++) {
    await page.goto(`${instanceUrls[i % 2]}/signin`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const answer = page.getByRole("heading", { name: "Check your email" }).or(page.getByText("Too many sign-in emails"));
    outcomes.push((await answer.textContent()) ?? "");
  }
  expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("Check your email"));
  expect(outcomes[5]).toContain("Too many sign-in emails");
});

test("a scheduled article is published once by two workers, and both instances show it", async () => {
  const scheduled = await scheduledArticle(stack, new Date(Date.now() + 1_000));
  // As if the desk had scheduled it twice (two saves at once): two jobs for the same time.
  const [row] = (await stack.sql.query(`SELECT "scheduledFor" FROM "Article" WHERE id = $1`, [scheduled.id])).rows;
  await sendJob(stack, "content.publish-due", { kind: "article", id: scheduled.id, scheduledFor: row.scheduledFor.toISOString() });
  await expect.poll(() => articleStatus(stack, scheduled.id), { timeout: 30_000 }).toBe("PUBLISHED");
  for (const url of instanceUrls) {
    await expect.poll(async () => (await fetch(`${url}/articles/${scheduled.slug}`)).status, { timeout: 10_000, message: url }).toBe(200);
  }
  expect(await schedulePublications(stack, scheduled.id)).toBe(1);
});

test("a brief sent by two workers reaches each reader once", async () => {
  const readers = await dueBrief(stack, "2030-02-01", 20);
  // One tick (its queue keeps one waiting); it wakes the senders, which both workers run.
  await sendJob(stack, "briefs.tick", {});
  await expect.poll(() => readers.filter((to) => mailTo(stack, to).length > 0).length, { timeout: 60_000 }).toBe(readers.length);
  await sendJob(stack, "briefs.tick", {});
  for (const to of readers) expect(mailTo(stack, to), to).toHaveLength(1);
});

test("media come from the shared store on both instances", async () => {
  // The demo's audio, stored by the release step: the same bytes from both, by range as players ask.
  const [episode] = (
    await stack.sql.query(`SELECT "audioUrl", "audioBytes" FROM "PodcastEpisode" WHERE "audioUrl" LIKE '/media/%' LIMIT 1`)
  ).rows;
  const ranges = await Promise.all(
    instanceUrls.map(async (url) => {
      const response = await fetch(`${url}${episode.audioUrl}`, { headers: { range: "bytes=0-1023" } });
      expect(response.status, url).toBe(206);
      expect(response.headers.get("content-range"), url).toBe(`bytes 0-1023/${episode.audioBytes}`);
      return Buffer.from(await response.arrayBuffer());
    }),
  );
  expect(ranges[0]!.length).toBe(1024);
  expect(ranges[0]!.equals(ranges[1]!)).toBe(true);

  // An image an editor uploads to one instance is served by the other.
  const editor = await signedInReader(stack, { role: "EDITOR" });
  const png = makePng(40, 30);
  const upload = await fetch(`${instanceUrls[0]}/admin/uploads/images`, {
    method: "POST",
    headers: { cookie: editor.cookie, origin: instanceUrls[0]!, "content-type": "image/png" },
    body: new Uint8Array(png),
  });
  expect(upload.status, await upload.clone().text()).toBe(201);
  const { url } = (await upload.json()) as { url: string };
  const whole = await fetch(`${instanceUrls[1]}${url}`);
  expect(whole.status).toBe(200);
  expect(Buffer.from(await whole.arrayBuffer()).equals(png)).toBe(true);
  const tail = await fetch(`${instanceUrls[1]}${url}`, { headers: { range: "bytes=10-" } });
  expect(tail.status).toBe(206);
  expect(Buffer.from(await tail.arrayBuffer()).equals(png.subarray(10))).toBe(true);
});
