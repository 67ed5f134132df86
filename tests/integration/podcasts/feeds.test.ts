import { parseFeed, type FeedObject } from "podcast-partytime";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as publicFeedRoute } from "@/app/podcasts/feed.xml/route";
import { GET as privateFeedRoute } from "@/app/podcasts/private/[token]/feed.xml/route";
import { GET as privateTranscriptRoute } from "@/app/podcasts/private/[token]/transcripts/[file]/route";
import { GET as publicTranscriptRoute } from "@/app/podcasts/transcripts/[file]/route";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { rotateFeedToken } from "@/lib/podcasts/feed-tokens";
import { podcastGuid } from "@/lib/podcasts/podcast-feed-xml";
import { parseTranscript } from "@/lib/podcasts/transcript-formats";
import { getObjectStore } from "@/lib/storage/object-store";
import { ensureDemoContent } from "../support/demo-content";
import { createTestReader } from "../support/readers";

// Both podcast feeds, read by a real podcast feed parser (Podcast Index's podcast-partytime),
// and the private feed's token rules: rotated → 410, lapsed → 404, for the feed and its files.

const site = getEnv().APP_URL;
const get = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function privateFeed(token: string, headers: Record<string, string> = {}) {
  return privateFeedRoute(get(`${site}/podcasts/private/${token}/feed.xml`, headers), params({ token }));
}
async function privateTranscript(token: string, file: string) {
  return privateTranscriptRoute(get(`${site}/podcasts/private/${token}/transcripts/${file}`), params({ token, file }));
}
function parse(xml: string): FeedObject {
  const feed = parseFeed(xml);
  if (!feed) throw new Error("the feed did not parse");
  return feed;
}

let episodes: Array<{ slug: string; number: number; audioUrl: string; audioBytes: number; access: string }>;

beforeAll(async () => {
  await ensureDemoContent();
  const rows = await db.podcastEpisode.findMany({ include: { transcript: true }, orderBy: { number: "asc" } });
  episodes = rows.map((e) => ({ ...e, access: e.transcript!.access }));
});

describe("the public podcast feed", () => {
  it("is valid RSS with the iTunes and Podcasting 2.0 tags, enclosures matching the stored files", async () => {
    const response = await publicFeedRoute(get(`${site}/podcasts/feed.xml`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    const feed = parse(xml);
    expect(feed.title).toBeTruthy();
    expect(feed.language).toBe("en");
    expect(feed.itunesImage).toBe(`${site}/media/podcasts/cover.png`);
    expect(feed.itunesCategory).toContain("News > Politics");
    expect(feed.explicit).toBe(false);
    expect(feed.owner?.email).toMatch(/@/);
    expect(feed.itunesType).toBe("episodic");
    expect(feed.itunesBlock).toBe(false);
    expect(feed.guid).toBe(podcastGuid(`${site}/podcasts/feed.xml`));
    expect(feed.items).toHaveLength(episodes.length);
    for (const item of feed.items) {
      const episode = episodes.find((e) => e.number === item.itunesEpisode)!;
      expect(item.guid).not.toContain("http");
      expect(item.enclosure.type).toBe("audio/mpeg");
      expect(item.enclosure.url).toBe(`${site}${episode.audioUrl}`);
      const stored = await getObjectStore().stat(episode.audioUrl.replace(/^\/media\//, ""));
      expect(item.enclosure.length).toBe(stored!.size);
      expect(item.duration).toBeGreaterThan(300);
      expect(item.itunesEpisodeType).toBe("full");
      // Only FREE transcripts are linked publicly.
      const urls = (item.podcastTranscripts ?? []).map((t) => t.url);
      if (episode.access === "FREE")
        expect(urls).toEqual(["vtt", "srt", "json"].map((f) => `${site}/podcasts/transcripts/${episode.slug}.${f}`));
      else expect(urls).toEqual([]);
    }
    expect(xml).not.toContain("/podcasts/private/");
  });

  it("answers 304 to a podcast app that has the current version", async () => {
    const first = await publicFeedRoute(get(`${site}/podcasts/feed.xml`));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"/);
    expect((await publicFeedRoute(get(`${site}/podcasts/feed.xml`, { "If-None-Match": etag }))).status).toBe(304);
    const lastModified = first.headers.get("last-modified")!;
    expect((await publicFeedRoute(get(`${site}/podcasts/feed.xml`, { "If-Modified-Since": lastModified }))).status).toBe(304);
    expect((await publicFeedRoute(get(`${site}/podcasts/feed.xml`, { "If-None-Match": '"stale"' }))).status).toBe(200);
  });

  it("serves FREE transcripts publicly and gated ones to nobody without a token", async () => {
    const free = episodes.find((e) => e.access === "FREE")!;
    const gated = episodes.find((e) => e.access === "SUBSCRIBER")!;
    const file = (name: string) => publicTranscriptRoute(get(`${site}/podcasts/transcripts/${name}`), params({ file: name }));
    const vtt = await file(`${free.slug}.vtt`);
    expect(vtt.status).toBe(200);
    expect(vtt.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(parseTranscript(await vtt.text(), "vtt").ok).toBe(true);
    for (const name of [`${gated.slug}.vtt`, `${gated.slug}.json`, `${free.slug}.txt`, "../etc/passwd.vtt", `${free.slug}.vtt.vtt`]) {
      const response = await file(name);
      expect(response.status, name).toBe(404);
    }
  });
});

describe("a subscriber's private feed", () => {
  it("links every transcript in three formats through the token, and the files match the transcript", async () => {
    const reader = await createTestReader({ subscription: "active" });
    const token = await rotateFeedToken(reader.id);
    const response = await privateFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const feed = parse(await response.text());
    expect(feed.itunesBlock).toBe(true);
    const publicGuid = parse(await (await publicFeedRoute(get(`${site}/podcasts/feed.xml`))).text()).guid;
    expect(feed.guid).toBe(publicGuid);
    for (const item of feed.items) {
      const episode = episodes.find((e) => e.number === item.itunesEpisode)!;
      expect(item.podcastTranscripts?.map((t) => [t.url, t.language])).toEqual(
        ["vtt", "srt", "json"].map((f) => [`${site}/podcasts/private/${token}/transcripts/${episode.slug}.${f}`, "en"]),
      );
    }
    const gated = episodes.find((e) => e.access === "SUBSCRIBER")!;
    const segments = await db.transcriptSegment.findMany({
      where: { transcript: { episode: { slug: gated.slug } } },
      orderBy: { position: "asc" },
      select: { startMs: true, endMs: true, speaker: true, text: true },
    });
    for (const format of ["vtt", "srt"] as const) {
      const file = await privateTranscript(token, `${gated.slug}.${format}`);
      expect(file.status).toBe(200);
      const parsed = parseTranscript(await file.text(), format);
      expect(parsed.ok && parsed.segments).toEqual(segments);
    }
    const json = JSON.parse(await (await privateTranscript(token, `${gated.slug}.json`)).text());
    expect(json.segments[0]).toEqual({
      speaker: segments[0]!.speaker,
      startTime: 0,
      endTime: segments[0]!.endMs / 1000,
      body: segments[0]!.text,
    });
  });

  it("stops at once for a lapsed subscription (404) and a replaced address (410), feed and files alike", async () => {
    const reader = await createTestReader({ subscription: "active" });
    const token = await rotateFeedToken(reader.id);
    const file = `${episodes.find((e) => e.access === "SUBSCRIBER")!.slug}.vtt`;
    expect((await privateFeed(token)).status).toBe(200);
    expect((await privateTranscript(token, file)).status).toBe(200);

    await db.subscription.updateMany({ where: { userId: reader.id }, data: { status: "canceled" } });
    expect((await privateFeed(token)).status).toBe(404);
    expect((await privateTranscript(token, file)).status).toBe(404);
    // A FREE transcript through the lapsed token is refused too: the address itself stopped working.
    expect((await privateTranscript(token, `${episodes.find((e) => e.access === "FREE")!.slug}.vtt`)).status).toBe(404);

    await db.subscription.updateMany({ where: { userId: reader.id }, data: { status: "active" } });
    expect((await privateFeed(token)).status).toBe(200);
    const replacement = await rotateFeedToken(reader.id);
    expect((await privateFeed(token)).status).toBe(410);
    expect((await privateTranscript(token, file)).status).toBe(410);
    expect((await privateFeed(replacement)).status).toBe(200);
    expect((await privateTranscript(replacement, file)).status).toBe(200);
  });

  it("answers 404 to unknown and malformed tokens, and to readers who never subscribed", async () => {
    expect((await privateFeed("A".repeat(43))).status).toBe(404);
    expect((await privateFeed("not-a-token")).status).toBe(404);
    expect((await privateFeed(`${"A".repeat(43)}%00`)).status).toBe(404);
    const free = await createTestReader();
    expect((await privateFeed(await rotateFeedToken(free.id))).status).toBe(404);
  });

  it("two rotations at once leave exactly one live address", async () => {
    const reader = await createTestReader({ subscription: "active" });
    const tokens = await Promise.all([rotateFeedToken(reader.id), rotateFeedToken(reader.id), rotateFeedToken(reader.id)]);
    const statuses = await Promise.all(tokens.map(async (token) => (await privateFeed(token)).status));
    expect(statuses.sort()).toEqual([200, 410, 410]);
    expect(await db.podcastFeedToken.count({ where: { userId: reader.id, revokedAt: null } })).toBe(1);
  });
});
