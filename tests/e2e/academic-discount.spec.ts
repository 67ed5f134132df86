import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { createReader, createSessionCookie } from "./support/db";
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

/** Waits until the worker has run the sign-in job for this reader `times` times. */
async function signInJobsDone(email: string, times: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const { rows } = await e2eDb().query(
          `SELECT count(*)::int AS n FROM pgboss.job j JOIN "User" u ON u.id = j.data->>'userId'
           WHERE j.name = 'discounts.after-sign-in' AND j.state = 'completed' AND u.email = $1`,
          [email],
        );
        return rows[0].n;
      },
      { timeout: 15_000, message: `sign-in jobs of ${email}` },
    )
    .toBe(times);
}

async function codesOf(email: string): Promise<string[]> {
  const { rows } = await e2eDb().query(
    `SELECT d.status FROM "DiscountCode" d JOIN "User" u ON u.id = d."userId" WHERE u.email = $1 ORDER BY d."issuedAt"`,
    [email],
  );
  return rows.map((r) => r.status);
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

// The tests below sign in by email only where the sign-in itself is under test: the sign-in
// rate limit per address of origin is shared by the whole suite.

/** A reader with a verified academic sign-in address and a session, who presses "Get my code". */
async function readerWithCode(page: Page, context: BrowserContext, email: string): Promise<string> {
  const reader = await createReader({ email });
  await context.addCookies([await createSessionCookie(reader.id)]);
  await page.goto("/account");
  await page.getByRole("button", { name: "Get my code" }).click();
  await expect(page.getByRole("status")).toHaveText("Here is your personal code. We also emailed it to you.");
  return /EDU-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await page.getByRole("main").innerText())![0];
}

test("a second account reaching the same inbox through a +tag is told the address is in use, and gets no code", async ({
  page,
  context,
}) => {
  const local = `shared-${Date.now()}`;
  await readerWithCode(page, context, `${local}+1@example.edu`);
  await context.clearCookies();

  await page.goto("/signin");
  await signInByEmail(page, `${local}+2@example.edu`);
  await signInJobsDone(`${local}+2@example.edu`, 1);
  await page.goto("/account");
  await expect(page.getByText(`${local}@example.edu already backs another account’s academic discount`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Get my code" })).toHaveCount(0);
  expect(await codesOf(`${local}+2@example.edu`)).toEqual([]);
});

test("a reader paying full price confirms an academic address and pays the student price from the next renewal", async ({
  page,
  context,
}) => {
  const email = `payer-${Date.now()}@gmail.com`;
  const academic = `payer-${Date.now()}@uni.ac.uk`;
  const reader = await createReader({ email });
  await context.addCookies([await createSessionCookie(reader.id)]);
  await page.goto("/pricing");
  await page.getByRole("link", { name: "Subscribe monthly" }).click();
  await payOnCheckout(page, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { name: "Welcome, you’re subscribed" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText("$10 / month")).toBeVisible();

  const requestedAt = new Date(Date.now() - 1000);
  await page.getByLabel("Academic email address").fill(academic);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText("We sent a confirmation link")).toBeVisible();
  await page.goto(await latestLinkFor(academic, /Confirm your academic address/, requestedAt));
  await expect(page.getByRole("status")).toContainText("you pay the student price from your next renewal");
  await expect(page.getByText(/50% off with code EDU-/)).toBeVisible();
  await expect(page.getByText("$5 / month")).toBeVisible();
  await expect(page.getByText(/Your academic discount \(EDU-.*\) is applied to your subscription/)).toBeVisible();
  expect(await subscriptionOf(email)).toMatchObject({ status: "active", discountPercentOff: 50 });
  await latestLinkFor(email, /You now pay the student price/, requestedAt);
});

test("an admin's messages are true, and a revoked reader is told and offered no new code", async ({ page, context, browser }) => {
  const student = `withdrawn-${Date.now()}@example.edu`;
  const code = await readerWithCode(page, context, student);

  const admin = await createReader({ role: "ADMIN" });
  const staff = await browser.newContext();
  await staff.addCookies([await createSessionCookie(admin.id)]);
  const adminPage = await staff.newPage();
  await adminPage.goto("/admin/discounts");
  await adminPage.getByLabel("Reader’s email").fill(student);
  await adminPage.getByRole("button", { name: "Grant code" }).click();
  await expect(adminPage.getByRole("main").getByRole("status")).toHaveText(
    `The reader already has an open code, ${code}. No new code was made and no email was sent.`,
  );
  await adminPage.getByRole("button", { name: `Revoke ${code}` }).click();
  await expect(adminPage.getByRole("main").getByRole("status")).toContainText(`Code ${code} is revoked`);
  await adminPage.goto(`/admin/discounts?error=${encodeURIComponent("Refund issued.")}&notice=granted-emailed&code=%3Cb%3E`);
  await expect(adminPage.getByRole("heading", { name: "Academic codes" })).toBeVisible();
  await expect(adminPage.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(adminPage.getByRole("main").getByRole("status")).toHaveCount(0);
  await staff.close();

  await page.goto("/account");
  await expect(page.getByText("Your academic code was withdrawn")).toBeVisible();
  await expect(page.getByRole("button", { name: "Get my code" })).toHaveCount(0);
  await expect(page.getByText(code)).toHaveCount(0);
  expect(await codesOf(student)).toEqual(["revoked"]);
});
