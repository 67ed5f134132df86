import { expect, test, type Page } from "@playwright/test";
import { createReader, createSessionCookie, e2eDb } from "./support/db";
import { E2E } from "./support/e2e-env";

// The edges an attacker pushes on: security headers, redirects, next-auth's endpoints, staff
// pages as React Server Component payloads, and rate limits that forged headers cannot reset.

async function firstArticleSlug(): Promise<string> {
  const { rows } = await e2eDb().query<{ slug: string }>(
    `SELECT slug FROM "Article" WHERE access = 'FREE' ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  return rows[0]!.slug;
}

test("every response carries the security headers, with a fresh CSP nonce per request", async ({ request }) => {
  const slug = await firstArticleSlug();
  const nonces = new Set<string>();
  const urls = [
    "/",
    `/articles/${slug}`,
    "/signin",
    "/feed.xml",
    "/media/podcasts/episode-1.mp3",
    "/podcasts/feed.xml",
    "/api/auth/session",
    "/does-not-exist",
    "/robots.txt",
  ];
  for (const url of urls) {
    const response = await request.get(url, { headers: { "X-Forwarded-Proto": "https" } });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp, url).not.toContain("unsafe-eval");
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", `form-action 'self' ${E2E.standinUrl}`])
      expect(csp, url).toContain(directive);
    nonces.add(/'nonce-([^']+)'/.exec(csp)![1]!);
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    // Plain HTTP, and a client's own X-Forwarded-Proto is not believed without a trusted proxy.
    expect(headers["strict-transport-security"], url).toBeUndefined();
  }
  expect(nonces.size).toBe(urls.length);
});

test("Next's inline scripts carry the request's nonce", async ({ request }) => {
  const response = await request.get("/");
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const html = await response.text();
  const scripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")([^>]*)>/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
});

/** Visits a page and returns every console error, CSP violation and failed request it caused. */
async function problemsOn(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (message: { type(): string; text(): string; location(): { url: string } }) => {
    // Chrome logs a 404 page's own status as an error; that status is what a 404 page is for.
    if (message.text().startsWith("Failed to load resource") && message.location().url === new URL(url, E2E.appUrl).href) return;
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  };
  const onResponse = (response: { status(): number; url(): string; request(): { resourceType(): string } }) => {
    if (response.status() >= 400 && response.request().resourceType() !== "document")
      problems.push(`${response.status()} ${response.url()}`);
  };
  const onFailed = (failed: { url(): string; failure(): { errorText: string } | null }) => {
    // Media elements cancel their own range requests while seeking.
    if (failed.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed ${failed.url()}: ${failed.failure()?.errorText}`);
  };
  page.on("console", onConsole);
  page.on("response", onResponse);
  page.on("requestfailed", onFailed);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  page.off("console", onConsole);
  page.off("response", onResponse);
  page.off("requestfailed", onFailed);
  return problems;
}

test("the browser console stays clean on every page, for readers and staff", async ({ page, context }) => {
  const slug = await firstArticleSlug();
  const gated = await e2eDb().query<{ slug: string }>(
    `SELECT slug FROM "Article" WHERE access <> 'FREE' ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  const episode = await e2eDb().query<{ slug: string }>(`SELECT slug FROM "PodcastEpisode" ORDER BY number LIMIT 1`);
  const reading = [
    "/",
    "/articles",
    `/articles/${slug}`,
    `/articles/${gated.rows[0]!.slug}`,
    "/podcasts",
    `/podcasts/${episode.rows[0]!.slug}`,
    `/podcasts/${episode.rows[0]!.slug}?t=30`,
    "/search?q=debt",
    "/pricing",
  ];
  for (const url of [
    ...reading,
    "/signin",
    "/signin/check-email",
    "/signin/error?error=Verification",
    "/does-not-exist",
    "/articles/does-not-exist",
  ])
    expect(await problemsOn(page, url), url).toEqual([]);

  const admin = await createReader({ role: "ADMIN" });
  await context.addCookies([await createSessionCookie(admin.id)]);
  for (const url of [...reading, "/account", "/admin", "/admin/discounts", "/account/academic/reconfirmed"])
    expect(await problemsOn(page, url), `${url} (signed in)`).toEqual([]);
});

test("return paths cannot send a signed-in reader off-site", async ({ request, context }) => {
  const reader = await createReader();
  const cookie = await createSessionCookie(reader.id);
  await context.addCookies([cookie]);
  const headers = { Cookie: `${cookie.name}=${cookie.value}` };
  for (const hostile of [
    "/%09/evil.example",
    "/%5C/evil.example",
    "//evil.example",
    "/%2F%2Fevil.example",
    "https://evil.example",
    "/%0D%0A/evil.example",
    "javascript:alert(1)",
  ]) {
    const response = await request.get(`/signin?callbackUrl=${encodeURIComponent(decodeURIComponent(hostile))}`, {
      headers,
      maxRedirects: 0,
    });
    const location = response.headers()["location"] ?? "";
    expect(response.status(), hostile).toBeGreaterThanOrEqual(300);
    expect(new URL(location, E2E.appUrl).origin, `${hostile} → ${location}`).toBe(E2E.appUrl);
  }
});

test("a huge return path or address is not echoed into the redirect", async ({ page }) => {
  await page.goto("/signin");
  await page.locator('input[name="callbackUrl"]').evaluate((input: HTMLInputElement) => (input.value = `/${"a".repeat(64 * 1024)}`));
  await page.getByLabel("Email address").evaluate((input: HTMLInputElement) => {
    input.type = "text";
    input.value = `${"b".repeat(64 * 1024)}@example.org`;
  });
  const redirect = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  expect((await redirect).status()).toBeLessThan(400);
  await expect(page.getByText("doesn't look like an email address")).toBeVisible();
  expect(page.url().length).toBeLessThan(4096);
});

test("next-auth's own email sign-in is closed however the address is spelled", async ({ request }) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const before = await e2eDb().query<{ count: string }>(`SELECT count(*) FROM "VerificationToken"`);
  for (const path of [
    "/api/auth/signin/email",
    "/api/auth/signin/%65mail",
    "/api/auth/signin/email/x",
    "/api/auth/signin/EMAIL",
    "/api/auth/signin/email%2Fx",
    "/api/auth/signin/email/",
  ]) {
    for (const method of ["POST", "GET"]) {
      const response = await request.fetch(path, {
        method,
        form: method === "POST" ? { email: "victim@example.org", csrfToken: csrf.csrfToken, callbackUrl: "/" } : undefined,
      });
      expect(response.status(), `${method} ${path}`).toBe(404);
    }
  }
  expect((await request.post("/api/auth/signin", { form: { email: "victim@example.org", csrfToken: csrf.csrfToken } })).status()).toBe(404);
  const after = await e2eDb().query<{ count: string }>(`SELECT count(*) FROM "VerificationToken"`);
  expect(after.rows[0]!.count).toBe(before.rows[0]!.count);
  expect((await request.get("/api/auth/session")).status()).toBe(200);
});

test("staff pages are 404 to readers as HTML, as RSC payloads and in their metadata", async ({ browser }) => {
  const reader = await createReader();
  const admin = await createReader({ role: "ADMIN" });
  for (const who of ["anonymous", "reader", "admin"] as const) {
    // A browser context of its own, so the session cookie also rides along Next's RSC redirects.
    const context = await browser.newContext({ baseURL: E2E.appUrl });
    if (who !== "anonymous") await context.addCookies([await createSessionCookie((who === "admin" ? admin : reader).id)]);
    for (const path of ["/admin", "/admin/discounts"]) {
      for (const [label, url, headers] of [
        ["HTML", path, {}],
        ["RSC header", path, { RSC: "1" }],
        ["RSC query", `${path}?_rsc=abc12`, { RSC: "1" }],
        ["RSC prefetch", path, { RSC: "1", "Next-Router-Prefetch": "1" }],
      ] as const) {
        const response = await context.request.get(url, { headers });
        const body = await response.text();
        if (who === "admin") {
          expect(response.status(), `${who} ${label} ${url}`).toBe(200);
          continue;
        }
        expect(response.status(), `${who} ${label} ${url}`).toBe(404);
        expect(body, `${who} ${label} ${url}`).not.toMatch(/Newsroom|Quick links|Discount codes|Academic codes/);
      }
    }
    await context.close();
  }
});

test("one inbox gets at most five sign-in emails, whatever its +tags and X-Forwarded-For say", async ({ page }) => {
  const stamp = Date.now();
  for (let i = 0; i < 8; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i + 1}`, "X-Real-IP": `203.0.113.${i + 1}` });
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(`inbox${stamp}+try${i}@Example.org`);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: i < 5 ? "Check your email" : "Sign in" })).toBeVisible();
  }
  await expect(page.getByText("Too many sign-in emails were requested")).toBeVisible();
  const { rows } = await e2eDb().query<{ count: string }>(
    `SELECT count(*) FROM "EmailMessage" WHERE kind = 'sign-in-link' AND "to" LIKE $1`,
    [`inbox${stamp}%`],
  );
  expect(Number(rows[0]!.count)).toBe(5);
});
