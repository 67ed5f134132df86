import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { createReader, createSessionCookie, e2eDb } from "./support/db";
import { gatedArticles } from "./support/gated-content";
import { latestLinkFor } from "./support/mail";

// Accounts: passwordless sign-in with an emailed link, the account page, roles.

test("a new reader signs in from a REGISTERED article, edits the name, downloads the data and signs out", async ({ page }) => {
  const email = `new-${Date.now()}@example.org`;
  const [article] = (await gatedArticles()).filter((a) => a.access === "REGISTERED");
  await page.goto(`/articles/${article!.slug}`);
  await page.getByRole("link", { name: "Sign in to read" }).click();

  const requestedAt = new Date(Date.now() - 1000);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await latestLinkFor(email, /Sign in to/, requestedAt);
  await page.goto(link);
  const signedInMs = Date.now() - requestedAt.getTime();
  console.log(`[measure] send link → signed in: ${signedInMs} ms`);

  await expect(page).toHaveURL(new RegExp(`/articles/${article!.slug}$`));
  await expect(page.getByText(article!.gatedProbes.at(-1)!)).toBeVisible();
  await expect(page.getByRole("link", { name: "Account" })).toBeVisible();
  const verified = await e2eDb().query(`SELECT "emailVerified" FROM "User" WHERE email = $1`, [email]);
  expect(verified.rows[0].emailVerified).not.toBeNull();

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("Free reader.")).toBeVisible();
  await page.getByLabel("Name").fill("Amina Okafor");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status")).toHaveText("Your changes are saved.");
  await expect(page.getByLabel("Name")).toHaveValue("Amina Okafor");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const data = JSON.parse(fs.readFileSync((await (await downloadPromise).path())!, "utf8"));
  expect(data).toMatchObject({ email, name: "Amina Okafor" });
  expect(JSON.stringify(data)).not.toContain("sessionToken");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByRole("link", { name: "Sign in to read" })).toBeVisible();

  // The link was consumed: using it again fails cleanly and offers a new one.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
});

test("an expired link is refused", async ({ page }) => {
  const email = `late-${Date.now()}@example.org`;
  const requestedAt = new Date(Date.now() - 1000);
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = await latestLinkFor(email, /Sign in to/, requestedAt);
  await e2eDb().query(`UPDATE "VerificationToken" SET expires = now() - interval '1 minute' WHERE identifier = $1`, [email]);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("sign-in emails are rate limited per address without revealing whether it has an account", async ({ page }) => {
  const email = `eager-${Date.now()}@example.org`;
  for (let i = 0; i < 5; i++) {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Too many sign-in emails were requested")).toBeVisible();
});

test("readers cannot open staff pages; admins can", async ({ page, context }) => {
  const reader = await createReader();
  await context.addCookies([await createSessionCookie(reader.id)]);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Desk", exact: true })).toHaveCount(0);

  await context.clearCookies();
  const admin = await createReader({ role: "ADMIN" });
  await context.addCookies([await createSessionCookie(admin.id)]);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Desk", exact: true })).toBeVisible();
});

test("the account page asks anonymous visitors to sign in, and the mailbox does not exist in production", async ({ page, request }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  expect((await request.get("/dev/mailbox")).status()).toBe(404);
  expect((await request.get("/account/export")).status()).toBe(401);
});

test("/account shows fixed copy for message codes, and nothing for text put in its URL", async ({ page, context }) => {
  const reader = await createReader();
  await context.addCookies([await createSessionCookie(reader.id)]);
  const main = page.getByRole("main");
  const injected = "Your account is suspended. Call +1 555 0100 now.";
  for (const value of [injected, "<b>bold</b>", "constructor"]) {
    await page.goto(`/account?error=${encodeURIComponent(value)}&notice=${encodeURIComponent(value)}`);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(main.getByRole("alert")).toHaveCount(0);
    await expect(main.getByRole("status")).toHaveCount(0);
    await expect(page.getByText(injected)).toHaveCount(0);
  }
  await page.goto("/account?error=already-subscribed");
  await expect(main.getByRole("alert")).toHaveText("You already have a subscription. Change plans with Manage billing.");
});
