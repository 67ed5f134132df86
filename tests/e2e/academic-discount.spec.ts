import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";
import { payOnCheckout, signInByEmail, subscriptionOf } from "./support/billing";
import { latestLinkFor } from "./support/mail";
import { readOutbox } from "@/lib/email/outbox";
import { E2E } from "./support/e2e-env";

// Journey 3: a reader who verifies an academic email automatically gets a personal 50% code.

test.describe.configure({ mode: "serial" });

async function codeFromEmail(to: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        const mail = (await readOutbox(E2E.outboxDir)).find((m) => m.to.includes(to) && /academic code/.test(m.subject));
        code = /EDU-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(mail?.text ?? "")?.[0];
        return code;
      },
      { timeout: 15_000, message: `academic code email to ${to}` },
    )
    .toBeTruthy();
  return code!;
}

test("a student signs in with a .edu address, gets a code by email and pays half", async ({ page }) => {
  const email = `student-${Date.now()}@cs.example.edu`;
  await page.goto("/signin");
  await signInByEmail(page, email);
  const code = await codeFromEmail(email);

  await page.goto("/pricing");
  await expect(page.getByRole("status")).toContainText(code);
  await expect(page.getByText("$5 / month")).toBeVisible();
  await expect(page.getByText("$50 / year")).toBeVisible();
  await page.getByRole("link", { name: "Subscribe monthly" }).click();
  await expect(page.getByText(`Discount: ${code}`)).toBeVisible();
  await payOnCheckout(page, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();

  await page.goto("/account");
  await expect(page.getByText(`50% off with code ${code}`)).toBeVisible();
  await expect(page.getByText("$5 / month")).toBeVisible();
  expect(await subscriptionOf(email)).toMatchObject({ status: "active", plan: "monthly", discountPercentOff: 50 });
  const { rows } = await e2eDb().query(`SELECT status FROM "DiscountCode" WHERE code = $1`, [code]);
  expect(rows[0].status).toBe("redeemed");
});

test("another reader typing someone's code at checkout is refused by Stripe", async ({ page, context }) => {
  const student = `owner-${Date.now()}@example.edu`;
  await page.goto("/signin");
  await signInByEmail(page, student);
  const code = await codeFromEmail(student);
  await context.clearCookies();

  const other = `other-${Date.now()}@example.org`;
  await page.goto("/pricing");
  await page.getByRole("link", { name: "Subscribe monthly" }).click();
  await signInByEmail(page, other);
  await payOnCheckout(page, "4242 4242 4242 4242", code);
  await expect(page.getByRole("alert")).toContainText("restricted to a different customer");
  expect(await subscriptionOf(other)).toBeNull();
});

test("a reader with a free-mail address adds and confirms an academic address, then gets a code", async ({ page }) => {
  const email = `personal-${Date.now()}@gmail.com`;
  const academic = `researcher-${Date.now()}@uni.ac.uk`;
  await page.goto("/signin");
  await signInByEmail(page, email);
  await page.goto("/account");
  await expect(page.getByText("Add your university or school email address")).toBeVisible();

  await page.getByLabel("Academic email address").fill("someone@yahoo.com");
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText("We don't recognise that address")).toBeVisible();

  const requestedAt = new Date(Date.now() - 1000);
  await page.getByLabel("Academic email address").fill(academic);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText("We sent a confirmation link")).toBeVisible();
  await page.goto(await latestLinkFor(academic, /Confirm your academic address/, requestedAt));
  await expect(page.getByText("Your academic address is confirmed.")).toBeVisible();
  const code = await codeFromEmail(email);
  await expect(page.getByText(code)).toBeVisible();
  await expect(page.getByText(`${academic} — confirmed`)).toBeVisible();
});

test("a reader with only a free-mail address gets no code and pays full price", async ({ page }) => {
  const email = `nocode-${Date.now()}@outlook.com`;
  await page.goto("/signin");
  await signInByEmail(page, email);
  await page.goto("/pricing");
  await expect(page.getByText("$10 / month")).toBeVisible();
  await expect(page.getByText(/Your academic code/)).toHaveCount(0);
  const { rows } = await e2eDb().query(
    `SELECT count(*)::int AS n FROM "DiscountCode" d JOIN "User" u ON u.id = d."userId" WHERE u.email = $1`,
    [email],
  );
  expect(rows[0].n).toBe(0);
});
