import { expect, type Page } from "@playwright/test";
import { e2eDb } from "./db";
import { E2E } from "./e2e-env";
import { latestLinkFor } from "./mail";

/** Signs in through the emailed link from wherever the page currently asks for it. */
export async function signInByEmail(page: Page, email: string): Promise<void> {
  const requestedAt = new Date(Date.now() - 1000);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await latestLinkFor(email, /Sign in to/, requestedAt));
}

/** Fills the stand-in's hosted checkout page (Stripe's in production) and pays. */
export async function payOnCheckout(page: Page, cardNumber: string, promotionCode?: string, standinUrl = E2E.standinUrl): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${standinUrl}/c/pay/`));
  if (promotionCode) await page.getByLabel("Promotion code").fill(promotionCode);
  await page.getByLabel("Card number").fill(cardNumber);
  await page.getByLabel("Expiration date (MM / YY)").fill("12 / 34");
  await page.getByLabel("Security code (CVC)").fill("123");
  await page.getByLabel("Cardholder name").fill("Test Reader");
  await page.getByRole("button", { name: "Subscribe" }).click();
}

/** A new reader picks the monthly plan on /pricing, signs in by email and pays with `card`. */
export async function subscribeMonthlyAsNewReader(page: Page, email: string, card: string): Promise<void> {
  await page.goto("/pricing");
  await page.getByRole("link", { name: "Subscribe monthly" }).click();
  await signInByEmail(page, email);
  await payOnCheckout(page, card);
}

export async function subscriptionOf(email: string) {
  const { rows } = await e2eDb().query<{
    status: string;
    currentPeriodEnd: Date;
    cancelAtPeriodEnd: boolean;
    plan: string;
    discountPercentOff: number | null;
  }>(
    `SELECT s.status, s."currentPeriodEnd", s."cancelAtPeriodEnd", p.slug AS plan, s."discountPercentOff"
     FROM "Subscription" s JOIN "User" u ON u.id = s."userId" JOIN "Plan" p ON p.id = s."planId"
     WHERE u.email = $1 ORDER BY s."createdAt" DESC LIMIT 1`,
    [email],
  );
  return rows[0] ?? null;
}

/** Waits until the webhooks have brought our mirror of the reader's subscription to `status`. */
export async function expectSubscriptionStatus(email: string, status: string): Promise<void> {
  await expect
    .poll(async () => (await subscriptionOf(email))?.status, { timeout: 20_000, message: `subscription of ${email}` })
    .toBe(status);
}

/** Calls the stand-in's Stripe API directly, as the Stripe dashboard or another integration would. */
export async function stripeApi<T = Record<string, unknown>>(path: string, params?: Record<string, string>): Promise<T> {
  const response = await fetch(`${E2E.standinUrl}/v1/${path}`, {
    method: params ? "POST" : "GET",
    headers: { Authorization: "Bearer sk_test_e2e", "Content-Type": "application/x-www-form-urlencoded" },
    body: params ? new URLSearchParams(params) : undefined,
  });
  const body = (await response.json()) as T;
  expect(response.ok, JSON.stringify(body)).toBe(true);
  return body;
}

/** The reader's Stripe customer id, once the app has made one. */
export async function stripeCustomerOf(email: string): Promise<string> {
  const { rows } = await e2eDb().query<{ id: string }>(`SELECT "stripeCustomerId" AS id FROM "User" WHERE email = $1`, [email]);
  expect(rows[0]?.id).toBeTruthy();
  return rows[0]!.id;
}

/** Moves the stand-in's clock (like a Stripe test clock): renewals, retries and cancellations run. */
export async function advanceStripeClock(to: Date): Promise<void> {
  const response = await fetch(`${E2E.standinUrl}/_standin/clock`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ to: String(Math.floor(to.getTime() / 1000)) }),
  });
  expect(response.ok, await response.text()).toBe(true);
}

export const DAY = 24 * 60 * 60 * 1000;
