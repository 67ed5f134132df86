import { expect, test, type APIRequestContext } from "@playwright/test";
import { deskRoleFor } from "@/lib/desk/desk-sections";
import { hasRole } from "@/lib/auth/roles";
import { actionArguments } from "@/lib/http/form-checks";
import { createReader, createSessionCookie, e2eDb } from "./support/db";
import { E2E } from "./support/e2e-env";
import { appRoutes, serverActions } from "./support/routes";

// Every desk page and server action, found in the app/ tree and the build (so pages added later
// are covered without touching this file): readers and anonymous visitors get 404 on each page,
// as HTML and as RSC payloads; editors get 404 on admin-only pages; desk actions called directly
// by a reader answer 403/404 and change nothing in the database.

const isDesk = (path: string) => path === "/admin" || path.startsWith("/admin/");
const deskPages = appRoutes().filter((r) => r.kind === "page" && isDesk(r.pattern));
const deskActions = serverActions().filter((a) => a.file.startsWith("app/admin/") || a.pages.some(isDesk));

// Dynamic segments are filled with real rows, so a 404 means "refused", not "no such thing".
// The table comes from the folder before the segment; the column from the segment's name.
const TABLES: Record<string, string> = {
  articles: "Article",
  episodes: "PodcastEpisode",
  authors: "Author",
  people: "User",
  sections: "Section",
  briefs: "Brief",
  picks: "Pick",
};
const COLUMNS: Record<string, string> = { id: "id", slug: "slug", number: "number" };

async function realUrl(pattern: string): Promise<string> {
  const segments = pattern.split("/");
  const filled: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const param = /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1];
    if (!param) {
      filled.push(segment);
      continue;
    }
    const table = TABLES[segments[index - 1] ?? ""];
    const column = COLUMNS[param];
    if (!table || !column) throw new Error(`Say in desk-access.spec.ts which rows fill [${param}] of ${pattern}`);
    const { rows } = await e2eDb().query<{ value: string }>(
      `SELECT "${column}"::text AS value FROM "${table}" ORDER BY "${column}" LIMIT 1`,
    );
    if (!rows[0]) throw new Error(`No ${table} row to fill [${param}] of ${pattern}`);
    filled.push(encodeURIComponent(rows[0].value));
  }
  return filled.join("/");
}

// The demo has no briefs or picks: one of each to open (ON CONFLICT: another spec may have made them).
test.beforeAll(async () => {
  await e2eDb().query(
    `INSERT INTO "Brief" (id, date, "updatedAt") VALUES ('deskaccessbrief', DATE '2000-01-02', now()) ON CONFLICT DO NOTHING`,
  );
  await e2eDb().query(
    `INSERT INTO "Pick" (id, headline, summary, url, "sourceName", language, position, "updatedAt")
     VALUES ('deskaccesspick', 'A pick', 'Its summary.', 'https://example.org/story', 'Example', 'en', 1, now()) ON CONFLICT DO NOTHING`,
  );
});

const VARIANTS = [
  ["HTML", {}],
  ["RSC", { RSC: "1" }],
  ["RSC prefetch", { RSC: "1", "Next-Router-Prefetch": "1" }],
] as const;

/** The desk's navigation is only ever rendered for staff. */
const DESK_MARKER = 'aria-label="Desk"';

async function cookieFor(role: "READER" | "EDITOR" | "ADMIN") {
  const person = await createReader({ role });
  const cookie = await createSessionCookie(person.id);
  return { person, header: `${cookie.name}=${cookie.value}` };
}

test("the app tree has desk pages and the build has desk actions to check", () => {
  expect(deskPages.map((p) => p.pattern)).toEqual(expect.arrayContaining(["/admin", "/admin/people", "/admin/settings", "/admin/audit"]));
  expect(deskActions.length).toBeGreaterThan(3);
});

for (const route of deskPages) {
  test(`${route.pattern}: refused to readers and visitors, and to editors when admin-only`, async ({ request }) => {
    const url = await realUrl(route.pattern);
    const needed = deskRoleFor(route.pattern);
    const visitors = { anonymous: "", reader: (await cookieFor("READER")).header };
    const staff = { editor: (await cookieFor("EDITOR")).header, admin: (await cookieFor("ADMIN")).header };
    for (const [label, headers] of VARIANTS) {
      for (const [who, cookie] of Object.entries(visitors)) {
        const response = await request.get(url, { headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) }, maxRedirects: 0 });
        expect(response.status(), `${who} ${label} ${url}`).toBe(404);
        expect(await response.text(), `${who} ${label} ${url}`).not.toContain(DESK_MARKER);
      }
      for (const [who, cookie] of Object.entries(staff)) {
        const role = who === "admin" ? "ADMIN" : "EDITOR";
        const response = await request.get(url, { headers: { ...headers, Cookie: cookie }, maxRedirects: 0 });
        if (hasRole(role, needed)) expect(response.status(), `${who} ${label} ${url}`).toBeLessThan(400);
        else expect(response.status(), `${who} ${label} ${url}`).toBe(404);
      }
    }
  });
}

/** A fingerprint of every table people and content live in (not sessions or rate-limit counters). */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const { rows: tables } = await e2eDb().query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('Session', 'RateLimit', '_prisma_migrations')`,
  );
  const prints: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await e2eDb().query<{ print: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS print FROM "${name}" t`,
    );
    prints[name] = rows[0]?.print ?? "";
  }
  return prints;
}

/** Form fields a desk form might read, filled with real ids and the values an attacker wants. */
async function temptingFields(readerId: string): Promise<Record<string, string>> {
  const first = async (table: string) =>
    (await e2eDb().query<{ id: string }>(`SELECT id FROM "${table}" ORDER BY id LIMIT 1`)).rows[0]?.id ?? "x";
  const article = await first("Article");
  const episode = await first("PodcastEpisode");
  const author = await first("Author");
  const section = await first("Section");
  return {
    id: article,
    articleId: article,
    episodeId: episode,
    authorId: author,
    sectionId: section,
    userId: readerId,
    from: "READER",
    role: "ADMIN",
    confirm: "yes",
    intent: "delete",
    status: "PUBLISHED",
    name: "Taken over",
    label: "Taken over",
    slug: "taken-over",
    title: "Taken over",
    body: "Taken over",
    version: "1",
    timeZone: "UTC",
    language: "en",
  };
}

async function callAction(request: APIRequestContext, id: string, path: string, fields: Record<string, string>, cookie: string) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  // As React sends it: the form, or (useActionState) the previous state and the form.
  form.append("0", actionArguments(id) === "state-and-form" ? '[{"status":"idle"},"$K1"]' : '["$K1"]');
  return request.post(path, {
    multipart: form,
    maxRedirects: 0,
    headers: { "Next-Action": id, Origin: E2E.appUrl, Accept: "text/x-component", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

test("every desk server action called directly by a reader or a visitor is refused and changes nothing", async ({ request }) => {
  const reader = await cookieFor("READER");
  const fields = await temptingFields(reader.person.id);
  const before = await databaseFingerprint();
  for (const action of deskActions) {
    // Actions answer at any address, not only on their own page.
    for (const path of [...new Set([...action.pages.filter((p) => !p.includes("[")), "/"])]) {
      for (const [who, cookie] of [
        ["anonymous", ""],
        ["reader", reader.header],
      ] as const) {
        const response = await callAction(request, action.id, path, fields, cookie);
        expect([403, 404], `${action.name} (${action.file}) on ${path} as ${who} → ${response.status()}`).toContain(response.status());
      }
    }
  }
  expect(await databaseFingerprint()).toEqual(before);
  expect((await e2eDb().query(`SELECT role FROM "User" WHERE id = $1`, [reader.person.id])).rows[0]).toEqual({ role: "READER" });
});
