import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { CONTENT_CHANNEL } from "@/lib/content/content-channel";
import { createFeedToken, createReader, createSessionCookie, e2eDb, giveSubscription } from "./support/db";
import { gatedArticles, gatedTranscripts } from "./support/gated-content";

// Signed-in readers share reading pages per reading class (free reader / subscriber), picked by
// the edge from the session it resolves on every request (lib/http/edge.ts). These tests attack
// that sharing: a page kept for one class must never reach another, a lapsed subscription must
// lose it at once, nothing a client sends may choose the class, and no shared page may carry one
// reader's personal data to another.

type Reader = { id: string; email: string; cookie: string };

async function reader(kind: "free" | "subscriber" | "editor"): Promise<Reader> {
  const user = await createReader({ role: kind === "editor" ? "EDITOR" : "READER" });
  if (kind === "subscriber") await giveSubscription(user.id, "active");
  const { name, value } = await createSessionCookie(user.id);
  return { ...user, cookie: `${name}=${value}` };
}

function get(request: APIRequestContext, path: string, as?: Reader, headers: Record<string, string> = {}): Promise<APIResponse> {
  return request.get(path, { headers: { ...(as ? { Cookie: as.cookie } : {}), ...headers } });
}

async function subscriberArticle() {
  const [article] = (await gatedArticles()).filter((a) => a.access === "SUBSCRIBER");
  return { slug: article!.slug, path: `/articles/${article!.slug}`, probes: article!.gatedProbes, teaser: article!.teaserProbe! };
}

/** Reads `path` twice as `as`: the second answer comes from the page cache. */
async function cached(request: APIRequestContext, path: string, as: Reader): Promise<string> {
  await get(request, path, as);
  const second = await get(request, path, as);
  expect(second.headers()["x-page-cache"], `${path} is shared`).toBe("hit");
  expect(second.headers()["cache-control"]).toContain("no-store");
  return second.text();
}

test("a page kept for subscribers never reaches a free reader, an anonymous reader or staff, nor theirs a subscriber", async ({
  request,
}) => {
  const article = await subscriberArticle();
  const subscriber = await reader("subscriber");
  const free = await reader("free");
  const editor = await reader("editor");

  for (const probe of article.probes) expect(await cached(request, article.path, subscriber)).toContain(probe);

  for (const [who, as] of [
    ["free reader", free],
    ["anonymous reader", undefined],
  ] as const) {
    for (let i = 0; i < 2; i++) {
      const html = await (await get(request, article.path, as)).text();
      expect(html, who).toContain(article.teaser);
      for (const probe of article.probes) expect(html, `${who} gets "${probe}"`).not.toContain(probe);
    }
  }
  // Staff read everything with a "Desk" link: their page is their own, in both directions.
  const staffPage = await get(request, article.path, editor);
  expect(staffPage.headers()["x-page-cache"]).not.toBe("hit");
  expect(await staffPage.text()).toContain('href="/admin"');
  expect(await (await get(request, article.path, subscriber)).text()).not.toContain('href="/admin"');
});

test("search results kept for subscribers (words past the paywall) never reach a free reader, an anonymous reader or staff", async ({
  request,
}) => {
  const article = await subscriberArticle();
  const found = `href="/articles/${article.slug}"`;
  const [subscriber, free, editor] = [await reader("subscriber"), await reader("free"), await reader("editor")];
  // Words only the body past the teaser holds: a subscriber finds the article by them.
  const path = `/search?q=${encodeURIComponent(article.probes[0]!)}`;
  expect(await cached(request, path, subscriber)).toContain(found);
  for (const [who, as] of [
    ["free reader", free],
    ["anonymous reader", undefined],
  ] as const) {
    for (let i = 0; i < 2; i++) expect(await (await get(request, path, as)).text(), who).not.toContain(found);
  }
  const staffPage = await get(request, path, editor);
  expect(staffPage.headers()["x-page-cache"]).not.toBe("hit");
  expect(await staffPage.text()).toContain('href="/admin"');
  expect(await (await get(request, path, subscriber)).text()).not.toContain('href="/admin"');
});

test("a search kept in the cache finds what is published next at once, for every class", async ({ request }) => {
  const word = `zebrafinch${Date.now()}`;
  const path = `/search?q=${word}`;
  const [subscriber, free] = [await reader("subscriber"), await reader("free")];
  for (const as of [subscriber, free]) expect(await cached(request, path, as)).toContain("Nothing found");
  await get(request, path);
  expect((await get(request, path)).headers()["x-page-cache"]).toBe("hit");
  const id = `search-cache-${word}`;
  await e2eDb().query(
    `INSERT INTO "Pick" (id, headline, summary, url, "sourceName", language, position, "updatedAt")
     VALUES ($1, $2, 'A pick published while the search was cached.', 'https://example.org/zebra', 'Wire Service', 'en', 1000001, now())`,
    [id, `The ${word} returns`],
  );
  try {
    // Announced as the desk announces a change to the picks.
    await e2eDb().query(`SELECT pg_notify($1, '{"kind":"pick"}')`, [CONTENT_CHANNEL]);
    for (const as of [subscriber, free, undefined]) {
      await expect.poll(async () => (await get(request, path, as)).text()).toContain("https://example.org/zebra");
    }
  } finally {
    await e2eDb().query(`DELETE FROM "Pick" WHERE id = $1`, [id]);
    await e2eDb().query(`SELECT pg_notify($1, '{"kind":"pick"}')`, [CONTENT_CHANNEL]);
  }
});

test("a subscription that lapses or is canceled shows the teaser on the very next request", async ({ request }) => {
  const article = await subscriberArticle();
  for (const lapse of [
    `UPDATE "Subscription" SET status = 'canceled' WHERE "userId" = $1`,
    `UPDATE "Subscription" SET "cancelAtPeriodEnd" = true, "currentPeriodEnd" = now() - interval '1 second' WHERE "userId" = $1`,
  ]) {
    const subscriber = await reader("subscriber");
    expect(await cached(request, article.path, subscriber)).toContain(article.probes[0]!);
    await e2eDb().query(lapse, [subscriber.id]);
    const html = await (await get(request, article.path, subscriber)).text();
    expect(html).toContain("Subscribe to keep reading");
    for (const probe of article.probes) expect(html, `kept "${probe}" after: ${lapse}`).not.toContain(probe);
  }
});

test("nothing a client sends chooses the class: forged headers, forged or malformed session cookies", async ({ request }) => {
  const article = await subscriberArticle();
  const subscriber = await reader("subscriber");
  const free = await reader("free");
  await cached(request, article.path, subscriber);
  const forgedHeaders = {
    "X-Reading-Class": "subscriber",
    "X-Page-Cache": "hit",
    "X-Dispatch-Reading-Class": "subscriber",
    "X-Dispatch-Viewer": JSON.stringify({ kind: "user", role: "ADMIN", subscriptions: [] }),
    "X-Forwarded-For": "127.0.0.1",
  };
  const forgedToken = "0123456789abcdef0123456789abcdef";
  const attempts: Array<[string, Reader | undefined, Record<string, string>]> = [
    ["a free reader with forged headers", free, forgedHeaders],
    ["anonymous with forged headers", undefined, forgedHeaders],
    ["a session token nobody was given", undefined, { Cookie: `next-auth.session-token=${forgedToken}` }],
    [
      "a malformed token naming the class",
      undefined,
      { Cookie: `next-auth.session-token=subscriber%20${encodeURIComponent(article.path)}` },
    ],
    ["a free reader's token after a forged one", undefined, { Cookie: `next-auth.session-token=${forgedToken}; ${free.cookie}` }],
    [
      "the secure cookie name forged, the free reader's plain",
      undefined,
      { Cookie: `__Secure-next-auth.session-token=${forgedToken}; ${free.cookie}` },
    ],
  ];
  for (const [attempt, as, headers] of attempts) {
    const html = await (await get(request, article.path, as, headers)).text();
    expect(html, attempt).toContain(article.teaser);
    for (const probe of article.probes) expect(html, `${attempt} gets "${probe}"`).not.toContain(probe);
  }
});

test("no shared page carries one reader's personal data to another", async ({ request }) => {
  const [first, second] = [await reader("subscriber"), await reader("subscriber")];
  const [freeFirst, freeSecond] = [await reader("free"), await reader("free")];
  const secrets = async (who: Reader) => {
    await e2eDb().query(`UPDATE "User" SET name = $2 WHERE id = $1`, [who.id, `Reader ${who.id.slice(0, 8)}`]);
    return [who.email, who.id, `Reader ${who.id.slice(0, 8)}`, who.cookie.split("=")[1]!, await createFeedToken(who.id)];
  };
  const [transcript] = (await gatedTranscripts()).filter((t) => t.access === "SUBSCRIBER");
  const paths = [
    "/",
    "/articles",
    "/news",
    "/podcasts",
    "/briefs",
    (await subscriberArticle()).path,
    `/podcasts/${transcript!.slug}`,
    "/search",
    "/search?q=port",
  ];
  for (const [owner, other] of [
    [first, second],
    [freeFirst, freeSecond],
  ] as const) {
    const personal = await secrets(owner);
    for (const path of paths) {
      const own = await (await get(request, path, owner)).text();
      const shared = await cached(request, path, other);
      for (const secret of personal) {
        expect(shared, `${path} for another reader carries "${secret}"`).not.toContain(secret);
        expect(own, `${path} carries "${secret}", which a shared page must not`).not.toContain(secret);
      }
    }
  }
});
