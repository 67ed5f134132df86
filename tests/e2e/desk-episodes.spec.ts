import crypto from "node:crypto";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { IMAGE_HEADERS, makeLargeMp3, makeMp3 } from "../support/media-fixtures";
import { createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";
import { E2E } from "./support/e2e-env";
import { serverActions } from "./support/routes";

// Journey: the newsroom's podcast producer. An editor creates an episode, uploads its audio and
// a WebVTT transcript with speakers, and publishes it; a subscriber reads the timed transcript.
// Readers can't reach any of it. Episodes and authors made here are deleted afterwards, so the
// reading specs that follow see the demo publication as seeded.

const created = { episodes: [] as string[], authors: [] as string[] };

test.afterAll(async () => {
  await e2eDb().query(`DELETE FROM "PodcastEpisode" WHERE id = ANY($1)`, [created.episodes]);
  await e2eDb().query(`DELETE FROM "Author" WHERE id = ANY($1)`, [created.authors]);
});

async function signIn(context: BrowserContext, role: "READER" | "EDITOR" = "EDITOR") {
  const user = await createReader({ role });
  await context.addCookies([await createSessionCookie(user.id)]);
  return user;
}

async function createDraft(page: Page, title: string) {
  await page.goto("/admin/episodes/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Ports, rail and the people who run them.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText("Draft created.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  created.episodes.push(id);
  return id;
}

const VTT = `WEBVTT

00:00:00.000 --> 00:00:04.000
<v Amara Okafor>Welcome to the harbour edition of the programme.

00:00:04.000 --> 00:00:09.000
<v Tomás Ruiz>Thanks, Amara. The cranes in Lobito never stop turning.
`;

test("an editor uploads an episode with a VTT transcript and publishes it; a subscriber reads the timed transcript", async ({
  page,
  browser,
}) => {
  await signIn(page.context());
  const title = `Harbour edition ${crypto.randomUUID().slice(0, 6)}`;
  const id = await createDraft(page, title);

  await page.getByLabel("Upload the audio").setInputFiles({ name: "episode.mp3", mimeType: "audio/mpeg", buffer: makeMp3(12) });
  await page.getByRole("button", { name: "Upload audio" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uploaded." })).toBeVisible();
  await expect(page.getByText(/^MP3 · 0\.\d MB · 0:1[23]$/)).toBeVisible();
  await expect(page.locator("audio")).toHaveAttribute("src", /^\/media\/podcasts\/audio\/.+\.mp3$/);

  await page.getByLabel("Or paste it").fill(VTT);
  await page.getByRole("button", { name: "Import transcript" }).click();
  await expect(page.getByText("Imported 2 segments.")).toBeVisible();
  await expect(page.getByText("Now: 2 segments, subscribers.")).toBeVisible();

  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.", { exact: true })).toBeVisible();
  const slug = (await e2eDb().query<{ slug: string }>(`SELECT slug FROM "PodcastEpisode" WHERE id = $1`, [id])).rows[0]!.slug;

  const subscriberContext = await browser.newContext({ baseURL: E2E.appUrl });
  const subscriber = await signIn(subscriberContext, "READER");
  await giveSubscription(subscriber.id);
  const reader = await subscriberContext.newPage();
  await reader.goto(`/podcasts/${slug}`);
  await expect(reader.getByRole("heading", { name: title })).toBeVisible();
  const transcript = reader.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByRole("listitem")).toHaveCount(2);
  await expect(transcript.getByRole("listitem").nth(1)).toContainText("Tomás Ruiz");
  await expect(transcript.getByRole("listitem").nth(1)).toContainText("The cranes in Lobito never stop turning.");
  await expect(transcript.locator("time").nth(1)).toHaveText("00:04");
  await subscriberContext.close();
});

test("a malformed VTT shows the line at fault and imports nothing", async ({ page }) => {
  await signIn(page.context());
  await createDraft(page, `Broken cues ${crypto.randomUUID().slice(0, 6)}`);
  await page.getByLabel("Or paste it").fill(VTT.replace("00:00:04.000 --> 00:00:09.000", "00:00:04,000 --> 00:00:09.000"));
  await page.getByRole("button", { name: "Import transcript" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The transcript was not imported" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Problems in the transcript" })).toContainText("Line 6:");
  await expect(page.getByText("Now: none.")).toBeVisible();
});

test("audio larger than the proxy's buffer arrives whole", async ({ page }) => {
  await signIn(page.context());
  const id = await createDraft(page, `Long form ${crypto.randomUUID().slice(0, 6)}`);
  const mp3 = makeLargeMp3(12 * 1024 * 1024);
  const response = await page.context().request.post(`/admin/uploads/audio?episode=${id}`, {
    headers: { "Content-Type": "audio/mpeg", Origin: E2E.appUrl },
    data: mp3,
  });
  expect(response.status(), await response.text()).toBe(201);
  expect(((await response.json()) as { bytes: number }).bytes).toBe(mp3.length);
});

test("an editor gives an author a photo and a bio; readers see them on the author's page", async ({ page }) => {
  await signIn(page.context());
  const name = `Nadia Ferreira ${crypto.randomUUID().slice(0, 4)}`;
  await page.goto("/admin/authors/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Location").fill("Maputo");
  await page.getByLabel("Bio").fill("Covers ports and rail.\n\nBefore that, ten years at sea.");
  await page.getByRole("button", { name: "Create author" }).click();
  await expect(page.getByText("Author created.")).toBeVisible();
  created.authors.push(new URL(page.url()).pathname.split("/").pop()!);

  await page.getByLabel("Upload a photo").setInputFiles({ name: "photo.svg", mimeType: "image/png", buffer: Buffer.from("<svg/>") });
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Only JPEG, PNG and WebP" })).toBeVisible();
  await page.getByLabel("Upload a photo").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: IMAGE_HEADERS.png });
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByRole("img", { name })).toBeVisible();

  await page.getByRole("link", { name: "Their page" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Before that, ten years at sea.")).toBeVisible();
  await expect(page.getByRole("img", { name })).toHaveAttribute("src", /^\/media\/authors\/.+\.png$/);
});

test("readers get 404 from the episode and author desks, their uploads, and their server actions called directly", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E.appUrl });
  const reader = await signIn(context, "READER");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const { rows } = await e2eDb().query<{ id: string; aid: string }>(
    `SELECT (SELECT id FROM "PodcastEpisode" ORDER BY number LIMIT 1) AS id, (SELECT id FROM "Author" ORDER BY slug LIMIT 1) AS aid`,
  );
  const { id, aid } = rows[0]!;
  for (const path of [
    "/admin/episodes",
    "/admin/episodes/new",
    `/admin/episodes/${id}`,
    `/admin/episodes/${id}/transcript`,
    "/admin/authors",
    "/admin/authors/new",
    `/admin/authors/${aid}`,
  ]) {
    expect((await context.request.get(path)).status(), path).toBe(404);
  }
  for (const url of [`/admin/uploads/audio?episode=${id}`, `/admin/uploads/author-photos?author=${aid}`]) {
    const response = await context.request.post(url, { headers: { "Content-Type": "audio/mpeg", Origin: E2E.appUrl }, data: makeMp3(0.5) });
    expect(response.status(), url).toBe(404);
  }

  const before = await e2eDb().query(`SELECT count(*)::int AS n FROM "AuditLog"`);
  const deskActions = serverActions().filter((action) => /app\/admin\/(episodes|authors)\//.test(action.file));
  expect(deskActions.length).toBeGreaterThanOrEqual(10);
  for (const action of deskActions) {
    // Well-formed calls, as the desk's own forms would send them, but from a reader, to a page
    // outside /admin (so nothing in front of the action refuses it first).
    const form = new FormData();
    for (const [name, value] of Object.entries({
      id,
      number: "999",
      title: "Hijack",
      summary: "x",
      intent: "unpublish",
      access: "FREE",
      from: "x",
      to: "y",
      name: "x",
      text: VTT,
    }))
      form.append(`_1_${name}`, value);
    form.append("0", '["$K1"]');
    const response = await context.request.post("/", {
      headers: { "Next-Action": action.id, Origin: E2E.appUrl, Accept: "text/x-component", Cookie: cookie },
      multipart: form,
      maxRedirects: 0,
    });
    expect([403, 404], `${action.name} (${action.file}) → ${response.status()}`).toContain(response.status());
  }
  expect((await e2eDb().query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0]).toEqual(before.rows[0]);
  expect(reader.id).toBeTruthy();
  await context.close();
});
