import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ANONYMOUS, toViewer, type Viewer } from "@/lib/entitlements";
import { search } from "@/lib/search/search";
import { parseSearchRequest } from "@/lib/search/search-request";
import { MARK_END, MARK_START } from "@/lib/search/snippet";
import { getAccessPolicy, loadViewer } from "@/lib/viewer";
import { createTestReader } from "../support/readers";

// Picks are free to read, so anyone finds them. A brief's headlines are public, its intro and
// summaries follow the archive's rule (subscribers only): for anyone else they match nothing,
// count for nothing and are quoted nowhere. Each run writes its own words, so reruns don't mix.

const run = crypto.randomBytes(3).toString("hex");
const word = (name: string) => `${name}${run}`;
const PICK_WORD = word("zephyrine");
const HEADLINE_WORD = word("tangerine");
const INTRO_WORD = word("obsidian");
const SUMMARY_WORD = word("aqueduct");

let subscriber: Viewer;
let freeReader: Viewer;
const find = (params: Record<string, string>, viewer: Viewer) => search(parseSearchRequest(params), viewer, getAccessPolicy(), "UTC");
const plain = (text: string) => text.replaceAll(MARK_START, "").replaceAll(MARK_END, "");

beforeAll(async () => {
  subscriber = await loadViewer((await createTestReader({ subscription: "active" })).id);
  freeReader = toViewer({ ...(await createTestReader()), subscriptions: [] });
  await db.pick.create({
    data: {
      headline: "Port deal signed",
      summary: `The ${PICK_WORD} terminal opens next spring.`,
      url: "https://example.org/port",
      sourceName: "Example Wire",
      language: "en",
      position: 1,
    },
  });
  const day = 1 + crypto.randomInt(20_000);
  await db.brief.create({
    data: {
      date: new Date(Date.UTC(2100, 0, day)),
      intro: `Good morning. Today: the ${INTRO_WORD} question.`,
      status: "SENT",
      releasedAt: new Date(Date.now() - 3_600_000),
      items: {
        create: [
          { position: 1, headline: `The ${HEADLINE_WORD} talks resume`, summary: `Negotiators meet at the ${SUMMARY_WORD} again.` },
          { position: 2, headline: "Rates hold", summary: "The central bank waits." },
        ],
      },
    },
  });
});

describe("picks and briefs in search", () => {
  it("finds a pick by a phrase from its summary for anyone, with a highlighted snippet", async () => {
    for (const viewer of [ANONYMOUS, freeReader, subscriber]) {
      const found = await find({ q: PICK_WORD }, viewer);
      expect(found.total).toBe(1);
      expect(found.results[0]).toMatchObject({ kind: "pick", url: "https://example.org/port", title: "Port deal signed" });
      expect(found.results[0]!.snippet).toContain(`${MARK_START}${PICK_WORD}${MARK_END}`);
    }
    expect((await find({ q: PICK_WORD, type: "picks" }, ANONYMOUS)).total).toBe(1);
    expect((await find({ q: PICK_WORD, type: "briefs" }, ANONYMOUS)).total).toBe(0);
  });

  it("finds a brief by its subscriber-only intro and summaries for a subscriber", async () => {
    for (const q of [INTRO_WORD, SUMMARY_WORD, `${HEADLINE_WORD} ${SUMMARY_WORD}`]) {
      const found = await find({ q, type: "briefs" }, subscriber);
      expect(found.total).toBe(1);
      expect(found.results[0]!.kind).toBe("brief");
      expect(plain(found.results[0]!.snippet)).toMatch(new RegExp(q.split(" ").at(-1)!));
    }
  });

  it.each([
    ["an anonymous reader", () => ANONYMOUS],
    ["a free reader", () => freeReader],
  ])("gives %s nothing from a brief's gated text: no result, no snippet, no count", async (_label, viewer) => {
    for (const q of [INTRO_WORD, SUMMARY_WORD, `"${SUMMARY_WORD}"`, `${HEADLINE_WORD} ${SUMMARY_WORD}`]) {
      expect(await find({ q }, viewer())).toMatchObject({ results: [], total: 0 });
    }
    // Its headlines are public: found by them, with a snippet of headlines alone.
    for (const q of [HEADLINE_WORD, `${HEADLINE_WORD} OR ${SUMMARY_WORD} OR ${INTRO_WORD}`]) {
      const found = await find({ q }, viewer());
      expect(found.total).toBe(1);
      const snippet = plain(found.results[0]!.snippet);
      expect(snippet).toContain(HEADLINE_WORD);
      for (const gated of [SUMMARY_WORD, INTRO_WORD, "Negotiators", "Good morning", "central bank"]) expect(snippet).not.toContain(gated);
    }
  });
});

describe("counts", () => {
  it("the count an anonymous reader sees does not depend on gated text", async () => {
    const term = word("quillwort");
    await db.pick.create({
      data: {
        headline: "Wetlands",
        summary: `A ${term} is back.`,
        url: "https://example.org/w",
        sourceName: "Wire",
        language: "en",
        position: 2,
      },
    });
    const before = await find({ q: term }, ANONYMOUS);
    expect(before.total).toBe(1);
    const section = await db.section.upsert({
      where: { slug: "search-test" },
      create: { slug: "search-test", label: "Search test", position: 99 },
      update: {},
    });
    await db.article.create({
      data: {
        slug: `gated-${run}`,
        title: "A closed story",
        dek: "Nothing here",
        body: "",
        bodyHtml: `<p>Only subscribers read about the ${term}.</p>`,
        teaserHtml: "<p>Only subscribers read on.</p>",
        access: "SUBSCRIBER",
        sectionId: section.id,
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
      },
    });
    const after = await find({ q: term }, ANONYMOUS);
    expect(after.total).toBe(before.total);
    expect(after.results).toEqual(before.results);
    expect((await find({ q: term }, subscriber)).total).toBe(before.total + 1);
  });
});
