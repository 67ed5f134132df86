import { expect, test } from "@playwright/test";
import { gatedArticles } from "./support/gated-content";
import {
  advanceStripeClock,
  DAY,
  expectSubscriptionStatus,
  payOnCheckout,
  signInByEmail,
  subscribeMonthlyAsNewReader,
  subscriptionOf,
} from "./support/billing";
import { formatDate } from "@/lib/format";
import { e2eDb } from "./support/db";
import { E2E } from "./support/e2e-env";

// Journey 1: pricing → sign in with a verified email → Stripe Checkout → immediate access →
// manage or cancel in the billing portal. Against the local Stripe stand-in.

test.describe.configure({ mode: "serial" });

test("a new reader subscribes yearly from an article's teaser and reads all of it", async ({ page }) => {
  const email = `yearly-${Date.now()}@example.org`;
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await page.goto(`/articles/${article!.slug}`);
  await page.getByRole("link", { name: "See subscription plans" }).click();
  await expect(page.getByRole("heading", { name: "Yearly" })).toBeVisible();
  await expect(page.getByText("$100")).toBeVisible();
  await page.getByRole("link", { name: "Subscribe yearly" }).click();

  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await signInByEmail(page, email);
  await payOnCheckout(page, "4242 4242 4242 4242");

  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();
  await expect(page.getByText("Your Yearly plan is active")).toBeVisible();
  await page.getByRole("link", { name: "Continue reading" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article!.slug}$`));
  await expect(page.getByText(article!.gatedProbes.at(-1)!)).toBeVisible();

  await page.goto("/account");
  const summary = await subscriptionOf(email);
  expect(summary).toMatchObject({ status: "active", plan: "yearly" });
  await expect(page.getByText("Yearly", { exact: true })).toBeVisible();
  await expect(page.getByText(formatDate(summary!.currentPeriodEnd))).toBeVisible();
  await expect(page.getByText("$100 / year")).toBeVisible();
});

test("a declined card shows Stripe's error and grants nothing", async ({ page }) => {
  const email = `declined-${Date.now()}@example.org`;
  await subscribeMonthlyAsNewReader(page, email, "4000 0000 0000 0002");
  await expect(page.getByRole("alert")).toContainText("Your card was declined.");
  expect(await subscriptionOf(email)).toBeNull();
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
});

test("canceling in the billing portal keeps access until the period ends, then ends it", async ({ page }) => {
  const email = `cancel-${Date.now()}@example.org`;
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await subscribeMonthlyAsNewReader(page, email, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();

  await page.goto("/account");
  await page.getByRole("button", { name: "Manage billing" }).click();
  await page.getByRole("button", { name: "Cancel plan" }).click();
  await expect.poll(async () => (await subscriptionOf(email))?.cancelAtPeriodEnd, { timeout: 20_000 }).toBe(true);
  await page.getByRole("link", { name: /Return to/ }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Access ends")).toBeVisible();

  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByText(article!.gatedProbes.at(-1)!)).toBeVisible();

  const { currentPeriodEnd } = (await subscriptionOf(email))!;
  await advanceStripeClock(new Date(currentPeriodEnd.getTime() + DAY));
  await expectSubscriptionStatus(email, "canceled");
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
});

test("a failed renewal moves to past_due with a banner, then access ends when retries run out", async ({ page }) => {
  const email = `renewal-${Date.now()}@example.org`;
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  await subscribeMonthlyAsNewReader(page, email, "4000 0000 0000 0341");
  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();

  const { currentPeriodEnd } = (await subscriptionOf(email))!;
  await advanceStripeClock(new Date(currentPeriodEnd.getTime() + 60_000));
  await expectSubscriptionStatus(email, "past_due");
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByText("Your last payment failed.")).toBeVisible();
  await expect(page.getByText(article!.gatedProbes.at(-1)!)).toBeVisible();

  await advanceStripeClock(new Date(currentPeriodEnd.getTime() + 30 * DAY));
  await expect.poll(async () => (await subscriptionOf(email))?.status, { timeout: 20_000 }).toMatch(/canceled|unpaid/);
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
  await expect(page.getByText("Your last payment failed.")).toHaveCount(0);
});

test("deleting an account cancels its subscription at Stripe first", async ({ page }) => {
  const email = `leaving-${Date.now()}@example.org`;
  await subscribeMonthlyAsNewReader(page, email, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();
  const { rows } = await e2eDb().query(
    `SELECT s."stripeSubscriptionId" AS id FROM "Subscription" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
    [email],
  );

  await page.goto("/account");
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const atStripe = await fetch(`${E2E.standinUrl}/v1/subscriptions/${rows[0].id}`, {
    headers: { Authorization: "Bearer sk_test_e2e" },
  }).then((r) => r.json());
  expect(atStripe.status).toBe("canceled");
  expect((await e2eDb().query(`SELECT 1 FROM "User" WHERE email = $1`, [email])).rowCount).toBe(0);
});
