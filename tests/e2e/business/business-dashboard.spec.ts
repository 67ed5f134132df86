import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createReader, createSessionCookie, e2eDb } from "../support/db";

// The business dashboard reads the subscription mirror. The e2e database is shared by every
// spec, so the subscribers here go on plans of their own, whose rows the test reads.

async function createPlan(name: string, interval: "month" | "year", amount: number) {
  const id = crypto.randomUUID();
  await e2eDb().query(
    `INSERT INTO "Plan" (id, slug, name, interval, amount, active, "updatedAt") VALUES ($1, $2, $3, $4::"PlanInterval", $5, false, now())`,
    [id, `e2e-${id.slice(0, 8)}`, name, interval, amount],
  );
  return id;
}

async function subscribe(
  planId: string,
  fields: { status?: string; pastDueSince?: Date; discountPercentOff?: number; cancelAtPeriodEnd?: boolean } = {},
) {
  const reader = await createReader();
  await e2eDb().query(
    `INSERT INTO "Subscription" (id, "userId", "planId", status, "currentPeriodEnd", "cancelAtPeriodEnd", "pastDueSince", "discountPercentOff",
       "stripeSubscriptionId", "stripeCustomerId", "updatedAt")
     VALUES ($1, $2, $3, $4::"SubscriptionStatus", now() + interval '20 days', $5, $6, $7, $8, $9, now())`,
    [
      crypto.randomUUID(),
      reader.id,
      planId,
      fields.status ?? "active",
      fields.cancelAtPeriodEnd ?? false,
      fields.pastDueSince ?? null,
      fields.discountPercentOff ?? null,
      `sub_e2e_${crypto.randomUUID()}`,
      `cus_e2e_${reader.id.slice(0, 8)}`,
    ],
  );
}

test("the dashboard shows the subscribers created here, with their MRR", async ({ page, context }) => {
  const tag = crypto.randomUUID().slice(0, 6);
  const monthly = await createPlan(`Biz monthly ${tag}`, "month", 900);
  const yearly = await createPlan(`Biz yearly ${tag}`, "year", 24000);
  await subscribe(monthly);
  await subscribe(monthly, { cancelAtPeriodEnd: true });
  await subscribe(monthly, { status: "past_due", pastDueSince: new Date() });
  await subscribe(monthly, { status: "past_due", pastDueSince: new Date(Date.now() - 60 * 86_400_000) }); // beyond grace
  await subscribe(monthly, { status: "canceled" });
  await subscribe(yearly, { discountPercentOff: 50 }); // 24000 / 12 × 50% = $10 a month

  const admin = await createReader({ role: "ADMIN" });
  await context.addCookies([await createSessionCookie(admin.id)]);
  await page.goto("/admin/business");
  await expect(page.getByRole("heading", { level: 1, name: "Business" })).toBeVisible();

  const row = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  // Plan, active, trialing, past due in grace, canceling, MRR: three paying at $9.
  await expect(row(`Biz monthly ${tag}`).first()).toHaveText(/Biz monthly \S+\s*1\s*0\s*1\s*1\s*\$27/);
  await expect(row(`Biz yearly ${tag}`).first()).toHaveText(/Biz yearly \S+\s*1\s*0\s*0\s*0\s*\$10/);
  // The chart is an SVG with its table alternative.
  await expect(page.getByRole("img", { name: "MRR by plan" })).toBeVisible();
  await expect(page.getByRole("img", { name: /New and canceled subscriptions per week/ })).toBeVisible();
  // The brief's audience: readers by edition, then deliveries and unsubscribes per period.
  await expect(page.getByRole("heading", { level: 2, name: "Daily Brief" })).toBeVisible();
  await expect(page.getByLabel("Brief readers")).toContainText("Full edition");
  await expect(page.getByRole("table", { name: "Brief deliveries" })).toContainText("Briefs of the last 30 days");
  // No client components: the page's own HTML references no page-specific script chunk.
  const html = await (await page.request.get("/admin/business")).text();
  expect(html).not.toMatch(/app\/admin\/business\/page-[^"]*\.js/);
});

test("readers and editors get 404 for the business pages", async ({ browser }) => {
  for (const role of ["READER", "EDITOR"] as const) {
    const context = await browser.newContext();
    const user = await createReader({ role });
    await context.addCookies([await createSessionCookie(user.id)]);
    for (const path of ["/admin/business", "/admin/business/subscribers", "/admin/business/subscribers/export"]) {
      const response = await context.request.get(path);
      expect(response.status(), `${role} ${path}`).toBe(404);
    }
    await context.close();
  }
});
