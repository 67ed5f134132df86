import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { createReader, createSessionCookie, e2eDb } from "./support/db";
import { E2E } from "./support/e2e-env";

// The admin's side of the desk: people and roles, publication settings, sections, the audit
// log and the first-admin link, in a real browser, on a laptop and on a 360 px phone.

async function signInAs(context: BrowserContext, role: "READER" | "EDITOR" | "ADMIN", email?: string) {
  const person = await createReader({ role, email });
  await context.addCookies([await createSessionCookie(person.id)]);
  return person;
}

async function expectAccessible(page: Page, path: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    path,
  ).toEqual([]);
}

const roleOf = async (id: string) => (await e2eDb().query<{ role: string }>(`SELECT role FROM "User" WHERE id = $1`, [id])).rows[0]!.role;

test("an admin finds a reader by part of their email, makes them editor after confirming, and finds it in the audit log", async ({
  page,
  context,
}) => {
  await signInAs(context, "ADMIN");
  const stamp = crypto.randomUUID().slice(0, 8);
  const reader = await createReader({ email: `role-target-${stamp}@example.org` });
  await page.goto("/admin/people");
  await page.getByLabel("Find by email").fill(`TARGET-${stamp.toUpperCase()}`);
  await page.getByLabel("Find by email").press("Enter");
  await expect(page.getByRole("status")).toHaveText(/^1 person/);
  await page.getByRole("link", { name: reader.email }).click();
  await expect(page.getByRole("heading", { level: 1, name: reader.email })).toBeVisible();

  await page.getByRole("combobox", { name: "Role" }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Change role…" }).click();
  await expect(page.getByText(`Change ${reader.email} from Reader to Editor?`)).toBeVisible();
  expect(await roleOf(reader.id)).toBe("READER");
  await page.getByRole("button", { name: "Yes, make them editor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is now editor" })).toBeVisible();
  expect(await roleOf(reader.id)).toBe("EDITOR");

  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption("user.role-change");
  await page.getByLabel("Subject contains").fill(`target-${stamp}`);
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("1 record.");
  const record = page.getByRole("listitem").filter({ hasText: reader.email });
  await expect(record.getByLabel("before: READER")).toBeVisible();
  await expect(record.getByLabel("after: EDITOR")).toBeVisible();
});

test("changing a role works with the keyboard alone, and cancelling changes nothing", async ({ page, context }) => {
  await signInAs(context, "ADMIN");
  const reader = await createReader();
  await page.goto(`/admin/people`);
  await page.goto(`/admin/people/${reader.id}`);
  await page.getByRole("combobox", { name: "Role" }).focus();
  await page.keyboard.press("ArrowDown"); // Reader → Editor
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Change role…" })).toBeFocused();
  await page.keyboard.press("Enter");
  // Focus moves to the question, so a screen reader reads it next.
  await expect(page.getByRole("group", { name: /from Reader to Editor/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Change role…" })).toBeVisible();
  expect(await roleOf(reader.id)).toBe("READER");
});

test("an admin who demotes themselves is warned first, and then leaves the admin pages", async ({ page, context }) => {
  await createReader({ role: "ADMIN" }); // never the last admin here
  const me = await signInAs(context, "ADMIN");
  await page.goto(`/admin/people/${me.id}`);
  await page.getByRole("combobox", { name: "Role" }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Change role…" }).click();
  await expect(page.getByText(/change your own role from Admin to Editor.*lose access/)).toBeVisible();
  await page.getByRole("button", { name: "Yes, make them editor" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Desk" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "People" })).toHaveCount(0);
  expect(await roleOf(me.id)).toBe("EDITOR");
});

test("an admin renames the publication, gets messages next to wrong fields, and the home page shows the new name", async ({
  page,
  context,
}) => {
  await signInAs(context, "ADMIN");
  await page.goto("/admin/settings");
  const name = page.getByLabel("Name", { exact: true });
  const original = await name.inputValue();
  await name.fill("The Harbour Post");
  await page.getByLabel("Time zone").fill("Mars/Olympus_Mons");
  await page.getByLabel("Link 1 label").fill("Mastodon");
  await page.getByLabel("Link 1 address").fill("http://example.social/@harbour");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByLabel("Time zone")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Time zone")).toHaveAccessibleDescription(/IANA time zone/);
  await expect(page.getByLabel("Link 1 address")).toHaveAccessibleDescription(/https:\/\//);
  await expect(name).toHaveValue("The Harbour Post");

  await page.getByLabel("Time zone").fill("Africa/Nairobi");
  await page.getByLabel("Link 1 address").fill("https://example.social/@harbour");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "The Harbour Post" })).toBeVisible();
  const audit = await e2eDb().query(`SELECT after FROM "AuditLog" WHERE action = 'settings.update' ORDER BY "createdAt" DESC LIMIT 1`);
  expect(audit.rows[0].after).toMatchObject({ name: "The Harbour Post", timeZone: "Africa/Nairobi" });

  // Put things back for the other tests (through the app, whose cache then forgets at once).
  await page.goto("/admin/settings");
  await page.getByLabel("Name", { exact: true }).fill(original);
  await page.getByLabel("Time zone").fill("America/New_York");
  await page.getByLabel("Link 1 label").fill("");
  await page.getByLabel("Link 1 address").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
});

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

test("a logo is uploaded, checked by its bytes, and shown in the site header", async ({ page, context }) => {
  await signInAs(context, "ADMIN");
  await page.goto("/admin/settings");
  await page
    .getByLabel("Upload a logo image")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("<svg onload=alert(1)>") });
  await expect(page.getByText("Upload a PNG, JPEG, WebP or AVIF image.")).toBeVisible();
  await page.getByLabel("Upload a logo image").setInputFiles({ name: "logo.bin", mimeType: "application/octet-stream", buffer: PNG });
  await expect(page.getByText("Uploaded. Save the settings to use it.")).toBeVisible();
  const url = await page.getByLabel("Logo", { exact: true }).inputValue();
  expect(url).toMatch(/^\/media\/logos\/[0-9a-f]+\.png$/);
  const media = await page.request.get(url);
  expect(media.headers()["content-type"]).toBe("image/png");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("banner").locator(`img[src="${url}"]`)).toBeVisible();

  await page.goto("/admin/settings");
  await page.getByRole("button", { name: "Remove logo" }).click();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
});

test("only admins can upload a logo", async ({ request }) => {
  for (const role of [null, "READER", "EDITOR"] as const) {
    const headers: Record<string, string> = { "Content-Type": "image/png", Origin: E2E.appUrl };
    if (role) {
      const person = await createReader({ role });
      const cookie = await createSessionCookie(person.id);
      headers.Cookie = `${cookie.name}=${cookie.value}`;
    }
    const response = await request.post("/admin/uploads/logo", { data: PNG, headers });
    expect(response.status(), String(role)).toBe(404);
  }
});

test("sections are added, renamed, moved and deleted only when empty", async ({ page, context }) => {
  await signInAs(context, "ADMIN");
  const slug = `desk-${crypto.randomUUID().slice(0, 6)}`;
  await page.goto("/admin/settings/sections");
  const add = page.getByRole("region", { name: "Add a section" });
  await add.getByLabel("Name").fill("Pacific");
  await add.getByLabel("Slug").fill("Not a slug!");
  await add.getByRole("button", { name: "Add section" }).click();
  await expect(add.getByLabel("Slug")).toHaveAccessibleDescription(/lowercase letters/);
  await add.getByLabel("Slug").fill(slug);
  await add.getByRole("button", { name: "Add section" }).click();
  const row = page.getByRole("listitem").filter({ has: page.getByLabel(`Name of section “${slug}”`) });
  await expect(row).toBeVisible();
  await row.getByLabel(`Name of section “${slug}”`).fill("Pacific Islands");
  await row.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Renamed." })).toBeVisible();
  await page.goto(`/articles?section=${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pacific Islands: analysis");

  await page.goto("/admin/settings/sections");
  await page.getByRole("button", { name: "Move Pacific Islands up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved up." })).toBeVisible();
  // A section with articles cannot be deleted; the new, empty one can.
  await expect(
    page
      .getByRole("main")
      .getByRole("listitem")
      .first()
      .getByRole("button", { name: /^Delete/ }),
  ).toBeDisabled();
  await page.getByRole("button", { name: "Delete Pacific Islands" }).click();
  await expect(page.getByLabel(`Name of section “${slug}”`)).toHaveCount(0);
});

test("the first-admin link makes whoever opens it admin after signing in, once", async ({ browser }) => {
  // The e2e database has admins from other tests; make it look like a fresh install for a moment.
  const { rows: admins } = await e2eDb().query<{ id: string }>(`UPDATE "User" SET role = 'EDITOR' WHERE role = 'ADMIN' RETURNING id`);
  try {
    const token = crypto.randomBytes(32).toString("base64url");
    await e2eDb().query(`DELETE FROM "AdminClaim"`);
    await e2eDb().query(`INSERT INTO "AdminClaim" ("tokenHash", "expiresAt") VALUES ($1, now() + interval '1 hour')`, [
      crypto.createHash("sha256").update(token).digest("hex"),
    ]);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/admin/claim?token=${token}`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fclaim$/);
    // Signing in (the magic link's session) brings them back to the claim address.
    const first = await signInAs(context, "READER");
    await page.goto("/admin/claim");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "People" })).toBeVisible();
    expect(await roleOf(first.id)).toBe("ADMIN");

    const other = await browser.newContext();
    const second = await signInAs(other, "READER");
    const response = await other.request.get(`/admin/claim?token=${token}`, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).toMatch(/does not work/);
    expect(await roleOf(second.id)).toBe("READER");
    await context.close();
    await other.close();
  } finally {
    await e2eDb().query(`UPDATE "User" SET role = 'ADMIN' WHERE id = ANY($1)`, [admins.map((a) => a.id)]);
  }
});

const ADMIN_PAGES = ["/admin", "/admin/people", "/admin/settings", "/admin/settings/sections", "/admin/audit"];

test("the admin pages pass axe and fit a 360 px phone", async ({ browser }) => {
  test.setTimeout(240_000);
  const reader = await createReader();
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 740 },
  ]) {
    const context = await browser.newContext({ viewport });
    await signInAs(context, "ADMIN");
    const page = await context.newPage();
    for (const path of [...ADMIN_PAGES, `/admin/people/${reader.id}`, "/admin/audit?from=2026-13-01"]) {
      await page.goto(path);
      await expectAccessible(page, `${path} at ${viewport.width}px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});
