import { expect, test } from "@playwright/test";
import { gatedArticles } from "./support/gated-content";
import {
  advanceStripeClock,
  DAY,
  expectSubscriptionStatus,
  payOnCheckout,
  signInByEmail,
  stripeApi,
  stripeCustomerOf,
  subscribeMonthlyAsNewReader,
  subscriptionOf,
} from "./support/billing";
import { readOutbox } from "@/lib/email/outbox";
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

test("a reader who opens both plans in two tabs and pays in both is billed once, and told", async ({ page }) => {
  const email = `two-tabs-${Date.now()}@example.org`;
  await page.goto("/pricing");
  await page.getByRole("link", { name: "Subscribe monthly" }).click();
  await signInByEmail(page, email);
  await expect(page).toHaveURL(new RegExp(`^${E2E.standinUrl}/c/pay/`));
  await expect(page.getByText("$10.00 per month")).toBeVisible();

  // A second tab, the other plan: the first tab's checkout can no longer be paid.
  const yearlyTab = await page.context().newPage();
  await yearlyTab.goto("/subscribe/yearly");
  await expect(yearlyTab.getByText("$100.00 per year")).toBeVisible();

  await payOnCheckout(page, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { name: "Checkout expired" })).toBeVisible();
  await payOnCheckout(yearlyTab, "4242 4242 4242 4242");
  await expect(yearlyTab.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();

  // Back in the first tab, asking again is refused and the reader sent to their account.
  await page.goto("/subscribe/monthly");
  await expect(page).toHaveURL(/\/account\?error=already-subscribed$/);
  await expect(page.getByText("You already have a subscription. Change plans with Manage billing.")).toBeVisible();
  await expect(page.getByText("Yearly", { exact: true })).toBeVisible();
  await expect(page.getByText("$100 / year")).toBeVisible();

  const customer = await stripeCustomerOf(email);
  const subscriptions = await stripeApi<{ data: Array<{ status: string }> }>(`subscriptions?customer=${customer}&status=all`);
  expect(subscriptions.data.map((s) => s.status)).toEqual(["active"]);
  const invoices = await stripeApi<{ data: Array<{ amount_paid: number }> }>(`invoices?customer=${customer}`);
  expect(invoices.data.map((i) => i.amount_paid)).toEqual([10000]);
  await expectSubscriptionStatus(email, "active");
  expect(await subscriptionOf(email)).toMatchObject({ plan: "yearly" });
});

test("a second subscription made behind the app's back is canceled and refunded, and the reader told", async ({ page }) => {
  const email = `second-${Date.now()}@example.org`;
  await subscribeMonthlyAsNewReader(page, email, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();

  // E.g. made in the Stripe dashboard, or by a race nobody foresaw.
  const customer = await stripeCustomerOf(email);
  const yearly = await e2eDb().query<{ price: string }>(`SELECT "stripePriceId" AS price FROM "Plan" WHERE slug = 'yearly'`);
  const card = await stripeApi<{ id: string }>("payment_methods/pm_card_visa/attach", { customer });
  const second = await stripeApi<{ id: string }>("subscriptions", {
    customer,
    "items[0][price]": yearly.rows[0]!.price,
    default_payment_method: card.id,
  });

  await expect
    .poll(async () => (await stripeApi<{ status: string }>(`subscriptions/${second.id}`)).status, { timeout: 20_000 })
    .toBe("canceled");
  // The refund and the email are recorded together, once the app saw the cancellation.
  await expect
    .poll(async () => (await readOutbox(E2E.outboxDir)).filter((m) => m.to.includes(email) && /We refunded/.test(m.subject)).length, {
      timeout: 20_000,
    })
    .toBe(1);
  const refunds = await stripeApi<{ data: Array<{ amount: number; payment_intent: string }> }>("refunds");
  const invoice = await stripeApi<{ data: Array<{ id: string }> }>(`invoices?subscription=${second.id}`);
  const payment = await stripeApi<{ data: Array<{ payment: { payment_intent: string } }> }>(
    `invoice_payments?invoice=${invoice.data[0]!.id}`,
  );
  expect(refunds.data.filter((r) => r.payment_intent === payment.data[0]!.payment.payment_intent).map((r) => r.amount)).toEqual([10000]);
  const mirror = await e2eDb().query(
    `SELECT p.slug, s.status FROM "Subscription" s JOIN "User" u ON u.id = s."userId" JOIN "Plan" p ON p.id = s."planId"
     WHERE u.email = $1 ORDER BY s."createdAt"`,
    [email],
  );
  expect(mirror.rows).toEqual([
    { slug: "monthly", status: "active" },
    { slug: "yearly", status: "canceled" },
  ]);
  await page.goto("/account");
  await expect(page.getByText("Monthly", { exact: true })).toBeVisible();
});
