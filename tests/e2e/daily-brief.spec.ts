import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";
import { formatBriefDate } from "@/lib/briefs/schedule";
import { E2E } from "./support/e2e-env";

// The Daily Brief end to end: an editor adds picks, composes the brief, schedules it and sends
// it now; the worker beside the app delivers it; a subscriber's mailbox has it, its one-click
// unsubscribe works without signing in, and the archive applies the paywall.

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const headlines = [`Port deal signed in Mombasa ${stamp}`, `Lithium talks resume in La Paz ${stamp}`];
const SUBSCRIBER_SUMMARY = `Only subscribers read this summary ${stamp}.`;

async function signedIn(page: Page, role: "READER" | "EDITOR", subscribed = false) {
  const reader = await createReader({ role });
  if (subscribed) await giveSubscription(reader.id, "active");
  await page.context().addCookies([await createSessionCookie(reader.id)]);
  return reader;
}

/** The newest raw message to `to` in the outbox whose subject matches. */
async function rawMailTo(to: string, subject: RegExp): Promise<string> {
  let raw = "";
  await expect
    .poll(
      async () => {
        if (!fs.existsSync(E2E.outboxDir)) return false;
        for (const file of fs.readdirSync(E2E.outboxDir).filter((f) => f.endsWith(".eml"))) {
          const text = fs.readFileSync(path.join(E2E.outboxDir, file), "utf8");
          const mail = await simpleParser(text);
          const recipients = [mail.to].flat().map((a) => a?.text ?? "");
          if (recipients.includes(to) && subject.test(mail.subject ?? "")) raw = text;
        }
        return raw !== "";
      },
      { timeout: 30_000, message: `a brief to ${to}` },
    )
    .toBe(true);
  return raw;
}

let briefDate = "";
let subscriberEmail = "";
let subscriberRaw = "";

test("an editor adds picks, composes the brief, schedules it and sends it now; the subscriber gets it", async ({ page, browser }) => {
  // Three readers' pages, the desk and a real send through the worker: more than a minute under load.
  test.setTimeout(180_000);
  // A subscriber and a free reader ask for the brief on their account page.
  const subscriberPage = await (await browser.newContext()).newPage();
  const subscriber = await signedIn(subscriberPage, "READER", true);
  subscriberEmail = subscriber.email;
  await subscriberPage.goto("/account");
  await subscriberPage.getByLabel("Email me the Daily Brief every morning").check();
  await subscriberPage.getByRole("button", { name: "Save brief settings" }).click();
  await expect(subscriberPage.getByRole("status").filter({ hasText: "Daily Brief is on its way" })).toBeVisible();

  const freePage = await (await browser.newContext()).newPage();
  const free = await signedIn(freePage, "READER");
  await freePage.goto("/account");
  await expect(freePage.getByText("The free edition: the day’s headlines and links.")).toBeVisible();
  await freePage.getByLabel("Email me the Daily Brief every morning").check();
  await freePage.getByRole("button", { name: "Save brief settings" }).click();
  await expect(freePage.getByRole("status").filter({ hasText: "on its way" })).toBeVisible();

  // The editor adds two picks.
  await signedIn(page, "EDITOR");
  await page.goto("/admin/picks");
  for (const headline of headlines) {
    await page.getByLabel("Headline").fill(headline);
    await page
      .getByLabel("Summary")
      .fill(headline.startsWith("Port") ? SUBSCRIBER_SUMMARY : "Bolivia and its partners return to the table.");
    await page.getByLabel("An outside source").check();
    await page.getByLabel("Address (https)").fill("https://example.org/story");
    await page.getByLabel("Source", { exact: true }).fill("Wire Service");
    await page.getByRole("button", { name: "Add pick" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added to the stream." })).toBeVisible();
    // The status stays from the first pick; the emptied form and the listed pick say this one is done.
    await expect(page.getByLabel("Headline")).toHaveValue("");
    await expect(page.getByRole("region", { name: "In the stream" }).getByText(headline)).toBeVisible();
  }
  // An outside link must be https.
  await page.getByLabel("Headline").fill("Not secure");
  await page.getByLabel("Summary").fill("A summary.");
  await page.getByLabel("An outside source").check();
  await page.getByLabel("Address (https)").fill("http://example.org/story");
  await page.getByLabel("Source", { exact: true }).fill("Wire Service");
  await page.getByRole("button", { name: "Add pick" }).click();
  await expect(page.getByText("Use a full https:// address.")).toBeVisible();
  await page.reload();
  await expect(page.getByText(headlines[1]!).first()).toBeVisible();

  // The stream shows them to anyone, newest first.
  await page.goto("/news");
  await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText(headlines[1]!);

  // Compose the next brief: pre-filled with the day's picks.
  await page.goto("/admin/briefs");
  briefDate = await page.getByLabel("Brief for").inputValue();
  await page.getByRole("button", { name: "Compose" }).click();
  await expect(page.getByLabel("Headline 1")).toHaveValue(headlines[1]!);
  await expect(page.getByLabel("Headline 2")).toHaveValue(headlines[0]!);
  await page.getByLabel("Introduction").fill(`Good morning from the desk ${stamp}.`);
  // Move story 1 down with the keyboard: focus its button and press Enter.
  await page.getByRole("button", { name: "Down (story 1)" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Headline 1")).toHaveValue(headlines[0]!);
  await expect(page.getByLabel("Introduction")).toHaveValue(`Good morning from the desk ${stamp}.`);

  // Preview as a page and as the email, at two widths.
  await page.getByRole("link", { name: "Preview as a web page and as the email" }).click();
  await expect(page.getByRole("heading", { name: "On the site (subscribers)" })).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(4);
  await expect(page.frameLocator('iframe[title="Email, full edition (subscribers), phone"]').getByText(SUBSCRIBER_SUMMARY)).toBeVisible();
  await expect(
    page.frameLocator('iframe[title="Email, free edition (signed-in free readers), phone"]').getByRole("link", { name: headlines[0]! }),
  ).toBeVisible();
  await page.goBack();

  // Schedule for 06:00, then send now instead.
  await page.getByRole("button", { name: "Schedule for 06:00" }).click();
  await expect(page.getByTestId("brief-status")).toHaveText("scheduled");
  await page.getByLabel("Send to every reader now, instead of at 06:00").check();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sending now" })).toBeVisible();
  // The worker releases and sends it; the page refreshes itself until it is done.
  await expect(page.getByTestId("brief-status")).toHaveText("sent", { timeout: 60_000 });
  // Both readers above (and any reader other tests signed up) got it; none failed, none waits.
  expect(Number(await page.getByTestId("count-sent").textContent())).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("count-queued")).toHaveText("0");
  await expect(page.getByTestId("count-failed")).toHaveText("0");

  subscriberRaw = await rawMailTo(subscriber.email, /Daily Brief/);
  const mail = await simpleParser(subscriberRaw);
  expect(mail.text).toContain(SUBSCRIBER_SUMMARY);
  expect(mail.text).toContain(`Good morning from the desk ${stamp}.`);
  const freeMail = await simpleParser(await rawMailTo(free.email, /Daily Brief/));
  expect(freeMail.text).toContain(headlines[0]!);
  expect(freeMail.text).not.toContain(SUBSCRIBER_SUMMARY);
  expect(freeMail.text).toContain("/pricing");
});

test("one-click unsubscribe works from the mail client, without signing in", async ({ request, page }) => {
  expect(subscriberRaw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  const url = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(subscriberRaw)![1]!;
  const enabled = async () =>
    (
      await e2eDb().query(`SELECT p.enabled FROM "BriefPreference" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [
        subscriberEmail,
      ])
    ).rows[0].enabled;

  // Opening the link only asks; a forged token is refused.
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Stop the Daily Brief?" })).toBeVisible();
  expect(await enabled()).toBe(true);
  const forged = url.replace(/token=[^.]+/, `token=${Buffer.from("someone-else").toString("base64url")}`);
  expect((await request.post(forged, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(400);
  expect(await enabled()).toBe(true);

  // The mail client's POST (RFC 8058): no cookies, no Origin.
  const response = await request.post(url, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await enabled()).toBe(false);

  // The page's own button works too, and says so.
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
});

test("the archive shows subscribers the whole brief and everyone else the headlines", async ({ page, browser }) => {
  await page.goto("/briefs");
  await page.getByRole("link", { name: formatBriefDate(briefDate) }).click();
  await expect(page).toHaveURL(new RegExp(`/briefs/${briefDate}$`));
  await expect(page.getByRole("heading", { name: headlines[0]! })).toBeVisible();
  await expect(page.getByText(SUBSCRIBER_SUMMARY)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
  expect(await page.content()).not.toContain(SUBSCRIBER_SUMMARY);

  // The email's "view in your browser" link opens the subscriber's own full edition, signed out.
  const viewLink = (await simpleParser(subscriberRaw)).text!.match(/https?:\/\/\S+\/briefs\/\d{4}-\d{2}-\d{2}\?reader=\S+/)![0];
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(viewLink);
  await expect(anonymous.getByText(SUBSCRIBER_SUMMARY)).toBeVisible();
  await anonymous.goto(viewLink.replace(/reader=\S+/, "reader=forged.token"));
  await expect(anonymous.getByText(SUBSCRIBER_SUMMARY)).toHaveCount(0);

  const subscriberPage = await (await browser.newContext()).newPage();
  await signedIn(subscriberPage, "READER", true);
  await subscriberPage.goto(`/briefs/${briefDate}`);
  await expect(subscriberPage.getByText(SUBSCRIBER_SUMMARY)).toBeVisible();
  await expect(subscriberPage.getByText(`Good morning from the desk ${stamp}.`)).toBeVisible();
});

test("a reader chooses 6 AM where they are, from a searchable list of zones", async ({ page }) => {
  await signedIn(page, "READER");
  await page.goto("/account");
  await page.getByLabel("Email me the Daily Brief every morning").check();
  await page.getByLabel("6 AM where I am").check();
  await page.getByLabel("Your time zone").fill("Mars/Olympus_Mons");
  await page.getByRole("button", { name: "Save brief settings" }).click();
  await expect(page.getByText("Choose your time zone from the list")).toBeVisible();
  await page.getByLabel("Your time zone").fill("Africa/Nairobi");
  await page.getByRole("button", { name: "Save brief settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "on its way" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Your time zone")).toHaveValue("Africa/Nairobi");
});

test("the stream, the archive and the desk pass axe", async ({ page }) => {
  for (const path of ["/news", "/briefs", `/briefs/${briefDate}`]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      path,
    ).toEqual([]);
  }
  await signedIn(page, "EDITOR");
  for (const path of ["/admin/picks", "/admin/briefs"]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      path,
    ).toEqual([]);
  }
});
