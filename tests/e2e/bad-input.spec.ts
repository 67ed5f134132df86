import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createFeedToken, createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";
import { actionArguments, formsReadBy } from "@/lib/http/form-checks";
import { UPLOAD_PATH_PREFIX } from "@/lib/http/request-checks";
import { E2E } from "./support/e2e-env";
import { appRoutes, concreteUrl, declaredServerActions, serverActions, type ServerAction } from "./support/routes";

// Hostile input against every page, route handler and server action of the real production
// build: NUL bytes, invalid UTF-8, oversized bodies, huge numbers, arrays for strings, wrong
// methods and content types, cross-site posts, malformed server-action calls. Nothing may answer
// with a 5xx, a stack trace or a reset connection; requests no browser would send get a 4xx.

const routes = appRoutes();
const actions = serverActions();
let samples: Record<string, string> = {};
let adminCookie = "";

test.beforeAll(async () => {
  const article = await e2eDb().query<{ slug: string }>(`SELECT slug FROM "Article" ORDER BY "publishedAt" DESC LIMIT 1`);
  const episode = await e2eDb().query<{ id: string; slug: string }>(`SELECT id, slug FROM "PodcastEpisode" ORDER BY number LIMIT 1`);
  const author = await e2eDb().query<{ id: string; slug: string }>(`SELECT id, slug FROM "Author" ORDER BY slug LIMIT 1`);
  // A fresh data dir may have no users yet: the people page gets one of our own.
  const person = await createReader();
  const articleId = await e2eDb().query<{ id: string }>(`SELECT id FROM "Article" ORDER BY "publishedAt" DESC LIMIT 1`);
  const feedReader = await createReader();
  await giveSubscription(feedReader.id);
  const feedToken = await createFeedToken(feedReader.id);
  // Briefs and picks are made here: the demo has none (the ids need not exist: a 404 is fine).
  const brief = await e2eDb().query<{ id: string }>(
    `INSERT INTO "Brief" (id, date, "updatedAt") VALUES ('badinputbrief', DATE '2000-01-01', now()) ON CONFLICT DO NOTHING RETURNING id`,
  );
  samples = {
    "/articles/[slug]:slug": article.rows[0]!.slug,
    "/podcasts/[slug]:slug": episode.rows[0]!.slug,
    "/authors/[slug]:slug": author.rows[0]!.slug,
    "/admin/authors/[id]:id": author.rows[0]!.id,
    "/admin/episodes/[id]:id": episode.rows[0]!.id,
    "/admin/episodes/[id]/transcript:id": episode.rows[0]!.id,
    "/subscribe/[plan]:plan": "monthly",
    "/media/[...key]:key": "podcasts/episode-1.mp3",
    "/podcasts/transcripts/[file]:file": `${episode.rows[0]!.slug}.vtt`,
    "/podcasts/private/[token]/feed.xml:token": feedToken,
    "/podcasts/private/[token]/transcripts/[file]:token": feedToken,
    "/podcasts/private/[token]/transcripts/[file]:file": `${episode.rows[0]!.slug}.srt`,
    "/api/auth/[...nextauth]:nextauth": "session",
    "/admin/people/[id]:id": person.id,
    "/admin/articles/[id]:id": articleId.rows[0]!.id,
    "/admin/articles/[id]/history:id": articleId.rows[0]!.id,
    "/briefs/[date]:date": "2026-03-09",
    "/admin/briefs/[id]:id": brief.rows[0]?.id ?? "badinputbrief",
    "/admin/briefs/[id]/preview:id": "badinputbrief",
    "/admin/picks/[id]:id": "nosuchpick",
    "/sitemap/[file]:file": "pages.xml",
  };
  adminCookie = await freshAdminCookie();
});

async function freshAdminCookie(): Promise<string> {
  const admin = await createReader({ role: "ADMIN" });
  const cookie = await createSessionCookie(admin.id);
  return `${cookie.name}=${cookie.value}`;
}

const STACK_TRACE = /\n\s+at \S.*:\d+:\d+|node_modules\/|\.next\/server\//;

/** The shared expectation: a 4xx (or, where `tolerated`, anything below 500), a readable body, no stack trace. */
async function expectClean(response: APIResponse, what: string, expected: "4xx" | "below-500" | number) {
  const status = response.status();
  const body = await response.text();
  expect.soft(body, `${what}: stack trace in the body`).not.toMatch(STACK_TRACE);
  if (typeof expected === "number") expect.soft(status, `${what} → ${status}: ${body.slice(0, 120)}`).toBe(expected);
  else if (expected === "4xx")
    expect.soft(status >= 400 && status < 500, `${what} → ${status}, wanted a 4xx: ${body.slice(0, 120)}`).toBe(true);
  else expect.soft(status, `${what} → ${status}: ${body.slice(0, 120)}`).toBeLessThan(500);
  if (status >= 400 && status < 500 && ![405, 416].includes(status))
    expect.soft(body.trim().length, `${what}: empty ${status} body`).toBeGreaterThan(0);
  const location = response.headers()["location"];
  // The only other site we send readers to is Stripe's checkout (the stand-in here).
  if (location)
    expect
      .soft([E2E.appUrl, E2E.standinUrl], `${what}: redirected off-site to ${location}`)
      .toContain(new URL(location, E2E.appUrl).origin);
  if (location) expect.soft(location.length, `${what}: oversized Location header`).toBeLessThan(4096);
}

/** Sends a request and never lets a reset connection pass as a result. */
async function send(request: APIRequestContext, method: string, url: string, options: Parameters<APIRequestContext["fetch"]>[1] = {}) {
  return request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false, ...options });
}

// Query parameters any page might read, with values no form would send.
const PARAM_NAMES = [
  "page",
  "region",
  "q",
  "t",
  "type",
  "section",
  "from",
  "to",
  "callbackUrl",
  "next",
  "error",
  "email",
  "session_id",
  "token",
  "invalid",
  "granted",
  "saved",
  "academic",
];
const QUERY_CASES: Array<{ label: string; query: string; expected: "4xx" | "below-500" }> = [
  { label: "NUL in every parameter", query: PARAM_NAMES.map((n) => `${n}=a%00b`).join("&"), expected: "4xx" },
  { label: "huge numbers", query: PARAM_NAMES.map((n) => `${n}=99999999999999999999`).join("&"), expected: "below-500" },
  { label: "negative and fractional numbers", query: PARAM_NAMES.map((n) => `${n}=-1.5e308`).join("&"), expected: "below-500" },
  { label: "5,000-character values", query: PARAM_NAMES.map((n) => `${n}=${"x".repeat(500)}`).join("&"), expected: "below-500" },
  { label: "arrays for strings", query: PARAM_NAMES.map((n) => `${n}=1&${n}=2`).join("&"), expected: "below-500" },
  { label: "invalid UTF-8", query: PARAM_NAMES.map((n) => `${n}=%FF%FE%C0%AF`).join("&"), expected: "below-500" },
  {
    label: "unicode edge cases",
    query: PARAM_NAMES.map((n) => `${n}=%F0%9F%92%A9%E2%80%AE%EF%BF%BF%CC%81%E2%80%8B`).join("&"),
    expected: "below-500",
  },
  { label: "hostile return paths", query: PARAM_NAMES.map((n) => `${n}=/%09/evil.example`).join("&"), expected: "below-500" },
  { label: "broken escapes", query: PARAM_NAMES.map((n) => `${n}=%`).join("&"), expected: "below-500" },
];

// Appended to the address itself.
const PATH_SUFFIXES = [
  { label: "a NUL byte", suffix: "%00" },
  { label: "invalid UTF-8 (overlong slash)", suffix: "%C0%AF" },
  { label: "an invalid UTF-8 byte", suffix: "%FF" },
  { label: "a broken escape", suffix: "%" },
  { label: "an encoded control character", suffix: "%0D%0ASet-Cookie:%20x=1" },
];

// Instead of a real value of a dynamic segment.
const SEGMENT_VALUES = [
  "%00",
  "%C0%AF",
  "..%2F..%2Fetc%2Fpasswd",
  "%2Fetc%2Fpasswd",
  "x".repeat(300),
  "%F0%9F%92%A9",
  "%E2%80%AE",
  "99999999999999999999",
  "podcasts",
];

test("every route of the app tree has a sample and every server action is in the build", () => {
  expect(routes.length).toBeGreaterThan(15);
  for (const route of routes) expect(() => concreteUrl(route.pattern, samples)).not.toThrow();
  const built = new Set(actions.map((a) => `${a.file}#${a.name}`));
  for (const declared of declaredServerActions())
    expect(built, `${declared.file}#${declared.name} is not in the build`).toContain(`${declared.file}#${declared.name}`);
});

for (const route of routes) {
  test(`bad input to ${route.kind} ${route.pattern}`, async ({ request }) => {
    const url = concreteUrl(route.pattern, samples);
    for (const { label, suffix } of PATH_SUFFIXES)
      await expectClean(await send(request, "GET", url + suffix), `GET ${url} + ${label}`, 400);
    for (const as of ["anonymous", "admin"] as const) {
      const headers = as === "admin" ? { Cookie: adminCookie } : undefined;
      for (const { label, query, expected } of QUERY_CASES)
        await expectClean(await send(request, "GET", `${url}?${query}`, { headers }), `GET ${url} (${as}) with ${label}`, expected);
    }
    for (const method of ["PUT", "DELETE", "PATCH"])
      await expectClean(await send(request, method, url, { data: "x" }), `${method} ${url}`, "4xx");
    await expectClean(
      await send(request, "POST", url, { headers: { "Content-Type": "application/json", Origin: "https://evil.example" }, data: "{}" }),
      `cross-site POST ${url}`,
      403,
    );
    await expectClean(
      await send(request, "POST", url, { headers: { "Content-Type": "text/plain", Origin: E2E.appUrl }, data: "\u0000\uFFFF" }),
      `POST ${url} with a text body`,
      "below-500",
    );
    await expectClean(
      await send(request, "POST", url, {
        headers: { "Content-Type": "application/octet-stream", Origin: E2E.appUrl },
        data: Buffer.alloc(1024 * 1024 + 1),
      }),
      `POST ${url} with a body over 1 MB`,
      // Upload routes take up to UPLOAD_MAX_BYTES; what they answer depends on who asks and what was sent.
      route.pattern.startsWith(UPLOAD_PATH_PREFIX) ? "4xx" : 413,
    );
    // Each dynamic segment in turn gets the hostile values, the others their samples.
    for (const [, name] of route.pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g))
      for (const value of SEGMENT_VALUES) {
        const hostile = concreteUrl(route.pattern, { ...samples, [`${route.pattern}:${name}`]: value });
        await expectClean(await send(request, "GET", hostile), `GET ${hostile}`, "4xx");
      }
  });
}

// Fields every form of the app uses, so the hostile values reach the code that reads them.
const FIELDS = [
  "email",
  "callbackUrl",
  "name",
  "confirm",
  "academicEmail",
  "note",
  "codeId",
  "id",
  "userId",
  "from",
  "role",
  "intent",
  "label",
  "slug",
  "timeZone",
  "socialLinks.0.url",
  // The desk's brief and pick forms and the brief settings.
  "briefId",
  "version",
  "order",
  "op",
  "headline",
  "summary",
  "linkType",
  "url",
  "date",
  "timing",
];

type Field = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * A multipart body in the order React sends it: the form's fields first, the arguments ("0")
 * last, which is when React's decoder reads the fields (a plain object would put "0" first).
 */
function actionForm(fields: Record<string, Field>, root?: string) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    form.append(name, typeof value === "string" ? value : new File([new Uint8Array(value.buffer)], value.name, { type: value.mimeType }));
  if (root !== undefined) form.append("0", root);
  return { multipart: form };
}

function fieldsWith(value: string, prefix = "_1_") {
  return Object.fromEntries(FIELDS.map((field) => [`${prefix}${field}`, value]));
}

async function callAction(
  request: APIRequestContext,
  action: ServerAction,
  page: string,
  options: Parameters<APIRequestContext["fetch"]>[1],
) {
  const headers = { "Next-Action": action.id, Origin: E2E.appUrl, Accept: "text/x-component", ...(options?.headers ?? {}) };
  return send(request, "POST", page, { ...options, headers });
}

for (const action of actions) {
  test(`bad input to server action ${action.name} (${action.file})`, async ({ request }) => {
    for (const pattern of action.pages) {
      const page = concreteUrl(pattern, samples);
      const what = (label: string) => `${action.name} on ${page}: ${label}`;
      // React's arguments for a form action: the form, or (useActionState) the previous state and the form.
      const formRoot = actionArguments(action.id) === "state-and-form" ? '[{"status":"idle"},"$K1"]' : '["$K1"]';
      const asForm = (fields: Record<string, string>) => actionForm(fields, formRoot);
      const readsForm = formsReadBy(action.id) === 1;
      // The other shape than the action's own: no form for an action that reads one, and the reverse.
      await expectClean(
        await callAction(
          request,
          action,
          page,
          readsForm ? { headers: { "Content-Type": "text/plain" }, data: "[]" } : asForm(fieldsWith("x")),
        ),
        what("the wrong number of forms"),
        400,
      );

      await expectClean(await callAction(request, action, page, asForm(fieldsWith("a\u0000b"))), what("NUL in every field"), 400);
      await expectClean(
        // One oversized field: the edge answers 413 without reading the body, so a body of many
        // megabytes (one per field) would still be uploading when it closes the connection (EPIPE).
        await callAction(request, action, page, asForm({ _1_note: "x".repeat(1024 * 1024 + 10) })),
        what("a body over 1 MB"),
        413,
      );
      await expectClean(
        await callAction(request, action, page, { headers: { "Content-Type": "application/json" }, data: '{"email":"a@b.co"}' }),
        what("a JSON body"),
        415,
      );
      await expectClean(
        await callAction(request, action, page, { headers: { "Content-Type": "text/plain;charset=UTF-8" }, data: "[1,2,3]" }),
        what("plain-text arguments"),
        400,
      );
      await expectClean(await callAction(request, action, page, actionForm(fieldsWith("x"))), what("no arguments field"), 400);
      await expectClean(await callAction(request, action, page, actionForm({}, "[1,2,3]")), what("numbers for the form"), 400);
      await expectClean(await callAction(request, action, page, actionForm(fieldsWith("x"), '["$K1","$K2"]')), what("two forms"), 400);
      await expectClean(await callAction(request, action, page, actionForm({}, "{not json")), what("arguments that are not JSON"), 400);
      await expectClean(
        await callAction(request, action, page, { ...asForm(fieldsWith("x")), headers: { Origin: "https://evil.example" } }),
        what("a cross-site Origin"),
        403,
      );
      await expectClean(
        await callAction(request, action, page, { ...asForm(fieldsWith("x")), headers: { Origin: "null" } }),
        what("an opaque Origin"),
        403,
      );
      await expectClean(
        await callAction(request, action, page, { ...asForm(fieldsWith("x")), headers: { "Sec-Fetch-Site": "cross-site" } }),
        what("Sec-Fetch-Site: cross-site"),
        403,
      );
      await expectClean(
        await callAction(request, action, page, { ...asForm({}), headers: { "Next-Action": `${action.id.slice(0, -4)}0000` } }),
        what("an unknown action id"),
        "4xx",
      );
      // A form post without JavaScript (no Next-Action header) carrying a NUL byte.
      await expectClean(
        await send(request, "POST", page, {
          headers: { Origin: E2E.appUrl },
          ...actionForm({ [`$ACTION_ID_${action.id}`]: "", ...fieldsWith("a\u0000b", "") }),
        }),
        what("a no-JavaScript form post with NUL"),
        400,
      );

      // Well-formed calls with values a hand-made form could carry: the action answers (an error
      // message, a redirect, a 404 for staff actions) but never fails. Anonymous and as an admin.
      for (const as of ["anonymous", "admin"] as const) {
        const cases: Array<[string, Record<string, Field>]> = [
          ["missing fields", {}],
          ["empty fields", fieldsWith("")],
          ["long fields", fieldsWith("é".repeat(20_000))],
          ["unicode edge cases", fieldsWith("\u202E\uFFFF\uD83D\uDCA9\u0301\u200B@example.org")],
          [
            "invalid UTF-8 (as file parts)",
            Object.fromEntries(
              FIELDS.map((f) => [`_1_${f}`, { name: "x", mimeType: "text/plain", buffer: Buffer.from([0xc0, 0xaf, 0xff]) }]),
            ),
          ],
          [
            "files for text",
            Object.fromEntries(
              FIELDS.map((f) => [`_1_${f}`, { name: "a.bin", mimeType: "application/octet-stream", buffer: Buffer.from("data") }]),
            ),
          ],
        ];
        for (const [label, entries] of cases) {
          // A fresh session each time: one of the actions is "sign out".
          const headers: Record<string, string> = as === "admin" ? { Cookie: await freshAdminCookie() } : {};
          // Shaped as React sends it: the form, or `[]` for an action that never reads its form.
          const body: { multipart?: FormData; data?: string; headers?: Record<string, string> } = readsForm
            ? actionForm(entries, formRoot)
            : { data: "[]", headers: { "Content-Type": "text/plain;charset=UTF-8" } };
          await expectClean(
            await callAction(request, action, page, { ...body, headers: { ...body.headers, ...headers } }),
            what(`${label} (${as})`),
            "below-500",
          );
        }
      }
    }
  });
}
