import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ANONYMOUS, type Viewer } from "@/lib/entitlements";
import { articleWindowCuts } from "@/lib/search/article-windows";
import { CANDIDATES } from "@/lib/search/hits";
import { search } from "@/lib/search/search";
import { parseSearchRequest } from "@/lib/search/search-request";
import { MARK_END, MARK_START } from "@/lib/search/snippet";
import { loadViewer, getAccessPolicy } from "@/lib/viewer";
import { generateArchive, removeArchive } from "../../../scripts/lib/generate-archive";
import { ensureDemoContent } from "../support/demo-content";
import { createTestReader } from "../support/readers";

// Search over an archive large enough to be searched window by window (lib/search/article-windows.ts):
// the windows change how rows are found, never which: the newest CANDIDATES matches, counted and
// paged as over a small archive, and gated text still found only by those who may read it.

const ARTICLES = 26_000;
const exec = (sql: string) => db.$executeRawUnsafe(sql);
/**
 * In the teaser and body of every 101st archive article, free and gated alike: about 250 matches,
 * spread so that a subscriber's newest CANDIDATES reach into the second window and an anonymous
 * reader's free ones into the third.
 */
const SPREAD_WORD = "lantern";
/** In the gated body of one of the oldest archive articles, past the last window cut. */
const OLD_GATED_PHRASE = "zebra quartet";
const OLD_GATED_SLUG = "archive-25999";

let subscriber: Viewer;
const find = (params: Record<string, string>, viewer: Viewer) => search(parseSearchRequest(params), viewer, getAccessPolicy(), "UTC");

/** The newest visible articles matching `q` in their full vector, as search must page them. */
async function newestMatches(q: string, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Article" WHERE "searchFull" @@ websearch_to_tsquery('english', ${q}) AND status = 'PUBLISHED' AND "publishedAt" <= now()
    ORDER BY "publishedAt" DESC, id LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  await ensureDemoContent();
  await removeArchive(exec);
  await generateArchive(exec, { articles: ARTICLES, episodes: 0 });
  await exec(`UPDATE "Article" SET "teaserHtml" = "teaserHtml" || '<p>A ${SPREAD_WORD} was lit.</p>', "bodyHtml" = "bodyHtml" || '<p>A ${SPREAD_WORD} was lit.</p>'
    WHERE slug LIKE 'archive-%' AND substring(slug FROM 9)::int % 101 = 0`);
  await exec(
    `UPDATE "Article" SET access = 'SUBSCRIBER', "bodyHtml" = "bodyHtml" || '<p>The ${OLD_GATED_PHRASE} played on.</p>' WHERE slug = '${OLD_GATED_SLUG}'`,
  );
  await exec(`ANALYZE "Article"`);
  subscriber = await loadViewer((await createTestReader({ subscription: "active" })).id);
}, 120_000);

afterAll(async () => {
  await removeArchive(exec);
  await db.$disconnect();
});

describe("search over a large archive", () => {
  it("is searched in windows", async () => {
    expect(await articleWindowCuts()).toHaveLength(2);
  });

  it.each([
    ["a subscriber", () => subscriber],
    ["an anonymous reader", () => ANONYMOUS],
  ])("pages %s through exactly the newest matches, across the window cuts", async (_label, viewer) => {
    const expected = await newestMatches(SPREAD_WORD, CANDIDATES);
    const first = await find({ q: SPREAD_WORD, type: "articles" }, viewer());
    expect(first).toMatchObject({ total: CANDIDATES, more: true, pageCount: CANDIDATES / 10 });
    expect(first.results.map((r) => r.id)).toEqual(expected.slice(0, 10));
    const last = await find({ q: SPREAD_WORD, type: "articles", page: String(CANDIDATES / 10) }, viewer());
    expect(last.results.map((r) => r.id)).toEqual(expected.slice(-10));
  });

  it("finds a phrase from an old gated body for a subscriber only, counted for no one else", async () => {
    for (const q of [OLD_GATED_PHRASE, `"${OLD_GATED_PHRASE}"`]) {
      const found = await find({ q }, subscriber);
      expect(found.results.map((r) => r.kind === "article" && r.slug)).toEqual([OLD_GATED_SLUG]);
      expect(found.results[0]!.snippet).toContain(`${MARK_START}zebra${MARK_END} ${MARK_START}quartet${MARK_END}`);
      expect(await find({ q }, ANONYMOUS)).toMatchObject({ results: [], total: 0 });
    }
  });
});
