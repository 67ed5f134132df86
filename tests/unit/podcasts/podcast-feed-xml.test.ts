import { parseFeed } from "podcast-partytime";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildPodcastFeed, podcastGuid, type PodcastChannel, type PodcastItem } from "@/lib/podcasts/podcast-feed-xml";

// The feed document, read back by a real podcast feed parser and by a strict XML parser (the
// podcast parser decodes entities twice and collapses spaces, so exact text is checked with the
// XML one): every title survives exactly, whatever characters it holds, and the document stays
// well-formed.

/** Item titles as a conforming XML parser reads them, after checking the document is well-formed. */
function xmlTitles(xml: string): string[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ parseTagValue: false, trimValues: false, isArray: (name) => name === "item" });
  const doc = parser.parse(xml) as { rss: { channel: { item: Array<{ title: string }> } } };
  return doc.rss.channel.item.map((i) => i.title);
}

const HOSTILE_TITLES = [
  "Debt & diplomacy: <the> \"quiet\" 'renegotiation'",
  "]]> <![CDATA[ & </title></item>",
  "Emoji 🎙️🌍 and a ZWJ family 👩‍👩‍👧",
  "الديون الصينية في أفريقيا",
  "中国与全球南方：债务重组",
  "Mixed: Beijing 北京 — القاهرة — São Paulo",
  "R&D; spending &rarr; &#38; up",
];

const channel: PodcastChannel = {
  title: "Southbound & Co <Podcast>",
  link: "https://example.org/podcasts",
  description: 'China & the "Global South" — 全球南方',
  language: "en",
  selfUrl: "https://example.org/podcasts/feed.xml",
  guid: podcastGuid("https://example.org/podcasts/feed.xml"),
  imageUrl: "https://example.org/media/podcasts/cover.png",
  author: "Southbound",
  owner: { name: "Southbound & Co", email: "podcast@example.org" },
  category: ["News", "Politics"],
  explicit: false,
  block: false,
};

function item(title: string, index: number): PodcastItem {
  return {
    guid: `episode-${index}`,
    title,
    summary: `Summary of ${title}`,
    link: `https://example.org/podcasts/e${index}?a=1&b=2`,
    publishedAt: new Date(Date.UTC(2026, 9, index + 1, 6)),
    enclosure: { url: `https://example.org/media/e${index}.mp3?x=1&y=2`, bytes: 1000 + index, type: "audio/mpeg" },
    durationSeconds: 380,
    episodeNumber: index + 1,
    transcripts: [{ url: `https://example.org/t/e${index}.vtt`, format: "vtt", language: "en" }],
  };
}

describe("the podcast feed document", () => {
  it("carries titles with markup characters, quotes, emoji, Arabic and Chinese exactly", () => {
    const xml = buildPodcastFeed(channel, HOSTILE_TITLES.map(item));
    const feed = parseFeed(xml)!;
    expect(feed.title).toBe(channel.title);
    expect(feed.description).toBe(channel.description);
    expect(feed.owner).toEqual({ name: "Southbound & Co", email: "podcast@example.org" });
    expect(xmlTitles(xml)).toEqual(HOSTILE_TITLES);
    expect(feed.items).toHaveLength(HOSTILE_TITLES.length);
    expect(feed.items.map((i) => i.enclosure)).toEqual(
      HOSTILE_TITLES.map((_, index) => ({
        url: `https://example.org/media/e${index}.mp3?x=1&y=2`,
        length: 1000 + index,
        type: "audio/mpeg",
      })),
    );
    expect(feed.items[0]!.podcastTranscripts).toEqual([
      { url: "https://example.org/t/e0.vtt", type: "text/vtt", language: "en", rel: "captions" },
    ]);
    expect(xml).not.toContain("<the>");
  });

  it("escapes text that already looks escaped, so readers see it as written", () => {
    // (The parser above decodes entities twice, so this one is checked in the document itself.)
    const xml = buildPodcastFeed(channel, [item("&amp; and &#x26;", 0)]);
    expect(xml).toContain("<title>&amp;amp; and &amp;#x26;</title>");
  });

  it("drops characters XML 1.0 cannot carry instead of writing a broken document", () => {
    const xml = buildPodcastFeed(channel, [item("bell\u0007 and NUL\u0000 and \uFFFE and \uD800 end", 0)]);
    expect(xml).toContain("<title>bell and NUL and  and  end</title>");
    expect(xmlTitles(xml)).toEqual(["bell and NUL and  and  end"]);
  });

  it("writes the channel tags podcast directories require", () => {
    const xml = buildPodcastFeed({ ...channel, block: true }, [item("One", 0)]);
    for (const tag of [
      '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0"',
      '<itunes:image href="https://example.org/media/podcasts/cover.png"/>',
      '<itunes:category text="News">',
      '<itunes:category text="Politics"/>',
      "<itunes:explicit>false</itunes:explicit>",
      "<itunes:type>episodic</itunes:type>",
      "<itunes:block>Yes</itunes:block>",
      '<guid isPermaLink="false">episode-0</guid>',
      "<itunes:episodeType>full</itunes:episodeType>",
      "<pubDate>Thu, 01 Oct 2026 06:00:00 GMT</pubDate>",
    ])
      expect(xml).toContain(tag);
  });
});

describe("podcast:guid", () => {
  it("is the spec's UUIDv5 of the feed URL without scheme and trailing slashes", () => {
    // The example in the Podcasting 2.0 namespace's documentation of <podcast:guid>.
    expect(podcastGuid("https://podnews.net/rss")).toBe("9b024349-ccf0-5f69-a609-6b82873eab3c");
    expect(podcastGuid("http://podnews.net/rss/")).toBe("9b024349-ccf0-5f69-a609-6b82873eab3c");
  });
});
