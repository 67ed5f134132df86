import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ANONYMOUS, toViewer, type Viewer } from "@/lib/entitlements";
import { search } from "@/lib/search/search";
import { parseSearchRequest } from "@/lib/search/search-request";
import { MARK_END, MARK_START } from "@/lib/search/snippet";
import { loadViewer, getAccessPolicy } from "@/lib/viewer";
import { ensureDemoContent } from "../support/demo-content";
import { createTestReader } from "../support/readers";

// Site search over the seeded demo: gated text is found only by readers who may read it, and
// for everyone else neither results, nor snippets, nor counts give it away.

const GATED_ARTICLE = "latin-america-yuan-swap-lines-kept-quiet";
/** Only in the gated part of GATED_ARTICLE's body (checked below). */
const GATED_PHRASE = "panda bonds";
/** Spoken only in episode 3, whose transcript is for subscribers. */
const SPOKEN_PHRASE = "white desert";

let subscriber: Viewer;
let freeReader: Viewer;
const policy = () => getAccessPolicy();
const find = (params: Record<string, string>, viewer: Viewer) => search(parseSearchRequest(params), viewer, policy(), "America/New_York");
const plain = (text: string) => text.replaceAll(MARK_START, "").replaceAll(MARK_END, "");

beforeAll(async () => {
  await ensureDemoContent();
  subscriber = await loadViewer((await createTestReader({ subscription: "active" })).id);
  freeReader = toViewer({ ...(await createTestReader()), subscriptions: [] });
});

describe("search and gated text", () => {
  it("the chosen phrases really are gated", async () => {
    const article = await db.article.findFirstOrThrow({ where: { slug: GATED_ARTICLE } });
    expect(article.access).toBe("SUBSCRIBER");
    expect(article.bodyHtml).toContain(GATED_PHRASE);
    expect(`${article.title} ${article.dek} ${article.teaserHtml}`).not.toContain("panda");
    const segments = await db.transcriptSegment.findMany({
      where: { text: { contains: SPOKEN_PHRASE, mode: "insensitive" } },
      include: { transcript: { include: { episode: true } } },
    });
    expect(segments.map((s) => [s.transcript.episode.number, s.transcript.access])).toEqual([[3, "SUBSCRIBER"]]);
  });

  it("finds an article by a phrase from its gated body for a subscriber, with a highlighted snippet", async () => {
    const found = await find({ q: GATED_PHRASE }, subscriber);
    const hit = found.results.find((r) => r.kind === "article" && r.slug === GATED_ARTICLE);
    expect(hit).toBeDefined();
    expect(hit!.snippet).toContain(`${MARK_START}panda${MARK_END} ${MARK_START}bonds${MARK_END}`);
    expect(found.total).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ["an anonymous reader", () => ANONYMOUS],
    ["a free reader", () => freeReader],
  ])("finds nothing from that body for %s: no result, no snippet, no count", async (_label, viewer) => {
    for (const q of [GATED_PHRASE, "panda", `"${GATED_PHRASE}"`, "panda OR swap"]) {
      const found = await find({ q }, viewer());
      for (const result of found.results) expect(plain(result.snippet).toLowerCase()).not.toContain("panda");
      if (!q.includes("swap")) {
        expect(found.results).toEqual([]);
        expect(found.total).toBe(0);
      }
    }
    // The article is still found by its public title, with a snippet from its teaser only.
    const byTitle = await find({ q: "yuan swap lines" }, viewer());
    const hit = byTitle.results.find((r) => r.kind === "article" && r.slug === GATED_ARTICLE)!;
    expect(plain(hit.snippet)).not.toContain("panda");
  });

  it("finds a phrase spoken in a gated transcript for a subscriber, linking to its moment, and hides it from others", async () => {
    const found = await find({ q: SPOKEN_PHRASE }, subscriber);
    const hit = found.results.find((r) => r.kind === "episode");
    expect(hit).toMatchObject({ kind: "episode", number: 3 });
    const segment = await db.transcriptSegment.findFirstOrThrow({ where: { text: { contains: SPOKEN_PHRASE, mode: "insensitive" } } });
    expect(hit!.kind === "episode" && hit!.startSeconds).toBe(segment.startMs / 1000);
    expect(plain(hit!.snippet).toLowerCase()).toContain(SPOKEN_PHRASE);
    for (const viewer of [ANONYMOUS, freeReader]) expect(await find({ q: SPOKEN_PHRASE }, viewer)).toMatchObject({ results: [], total: 0 });
  });
});

describe("search filters and hostile queries", () => {
  it("filters by type, section and date range, and pages", async () => {
    const all = await find({ q: "China" }, subscriber);
    expect(all.results.length).toBe(10);
    expect(all.total).toBeGreaterThan(10);
    const second = await find({ q: "China", page: "2" }, subscriber);
    expect(second.results.map((r) => r.id)).not.toContain(all.results[0]!.id);
    expect((await find({ q: "China", type: "podcasts" }, subscriber)).results.every((r) => r.kind === "episode")).toBe(true);
    const africa = await find({ q: "China", section: "africa" }, subscriber);
    expect(africa.results.length).toBeGreaterThan(0);
    expect(africa.results.every((r) => r.kind === "article" && r.section === "Africa")).toBe(true);
    const september = await find({ q: "China", from: "2026-09-01", to: "2026-09-30" }, subscriber);
    expect(september.results.length).toBeGreaterThan(0);
    for (const r of september.results)
      expect(r.publishedAt.toISOString() >= "2026-09-01" && r.publishedAt.toISOString() < "2026-10-01T05").toBe(true);
    expect((await find({ q: "China", from: "2030-01-01" }, subscriber)).total).toBe(0);
  });

  it("answers hostile and odd queries without failing", async () => {
    const queries = [
      "'",
      '"',
      "&",
      "|",
      "!",
      ":*",
      "a & | ! b",
      "<script>alert(1)</script>",
      "((((((((((",
      "\\",
      "-",
      "OR",
      "the and of",
      "中国 债务",
      "مرحبا",
      "😀",
      "x".repeat(5000),
      "panda\u0000bonds",
      "\uD800",
      "!".repeat(300),
    ];
    for (const q of queries)
      await expect(find({ q, page: "99999999999", from: "2026-02-31", section: "../x" }, subscriber)).resolves.toBeDefined();
  });
});
