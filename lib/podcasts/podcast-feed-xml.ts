import { create } from "xmlbuilder2";
import { v5 as uuidv5 } from "uuid";
import { TRANSCRIPT_CONTENT_TYPES } from "./transcript-formats";

// The podcast feed document: RSS 2.0 with Apple's iTunes namespace and the Podcasting 2.0
// namespace. Pure: callers pass only what this feed's reader may have (public feed: no gated
// transcript links). xmlbuilder2 escapes every text and attribute and drops characters XML
// cannot carry, so titles with `&`, `<`, quotes, emoji or any script come out well-formed.

const NAMESPACES = {
  "xmlns:itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
  "xmlns:podcast": "https://podcastindex.org/namespace/1.0",
  "xmlns:atom": "http://www.w3.org/2005/Atom",
};

/** The Podcasting 2.0 namespace's UUID for podcast:guid. */
const PODCAST_GUID_NAMESPACE = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

/**
 * podcast:guid per the Podcasting 2.0 spec: a UUIDv5 of the feed URL with its scheme and
 * trailing slashes removed. Computed from the public feed's URL, so the private feeds name the
 * same show and podcast apps and directories can tell they are one podcast.
 */
export function podcastGuid(feedUrl: string): string {
  return uuidv5(feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/+$/, ""), PODCAST_GUID_NAMESPACE);
}

export type TranscriptFileFormat = keyof typeof TRANSCRIPT_CONTENT_TYPES;

export interface PodcastChannel {
  title: string;
  /** The podcast's page on the site. */
  link: string;
  description: string;
  /** BCP 47, e.g. "en". */
  language: string;
  /** Address of this document. */
  selfUrl: string;
  /** podcastGuid() of the public feed. */
  guid: string;
  imageUrl: string;
  author: string;
  owner: { name: string; email: string };
  /** Apple's category and optional subcategory, e.g. ["News", "Politics"]. */
  category: readonly [string, string?];
  explicit: boolean;
  /** Keeps a private feed out of Apple's directory (itunes:block). */
  block: boolean;
}

export interface PodcastItem {
  /** Stable for the episode's life; not its URL, which may change with its slug. */
  guid: string;
  title: string;
  summary: string;
  link: string;
  publishedAt: Date;
  enclosure: { url: string; bytes: number; type: string };
  durationSeconds: number;
  episodeNumber: number;
  transcripts: Array<{ url: string; format: TranscriptFileFormat; language: string }>;
}

export function buildPodcastFeed(channel: PodcastChannel, items: readonly PodcastItem[]): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("rss", { version: "2.0", ...NAMESPACES });
  const ch = root.ele("channel");
  ch.ele("title").txt(channel.title);
  ch.ele("link").txt(channel.link);
  ch.ele("description").txt(channel.description);
  ch.ele("language").txt(channel.language);
  ch.ele("atom:link", { href: channel.selfUrl, rel: "self", type: "application/rss+xml" });
  ch.ele("podcast:guid").txt(channel.guid);
  ch.ele("itunes:image", { href: channel.imageUrl });
  ch.ele("image").ele("url").txt(channel.imageUrl).up().ele("title").txt(channel.title).up().ele("link").txt(channel.link);
  const [category, subcategory] = channel.category;
  const categoryEl = ch.ele("itunes:category", { text: category });
  if (subcategory) categoryEl.ele("itunes:category", { text: subcategory });
  ch.ele("itunes:explicit").txt(String(channel.explicit));
  ch.ele("itunes:author").txt(channel.author);
  ch.ele("itunes:owner").ele("itunes:name").txt(channel.owner.name).up().ele("itunes:email").txt(channel.owner.email);
  ch.ele("itunes:type").txt("episodic");
  if (channel.block) ch.ele("itunes:block").txt("Yes");
  for (const item of items) {
    const el = ch.ele("item");
    el.ele("title").txt(item.title);
    el.ele("description").txt(item.summary);
    el.ele("link").txt(item.link);
    el.ele("guid", { isPermaLink: "false" }).txt(item.guid);
    el.ele("pubDate").txt(item.publishedAt.toUTCString());
    el.ele("enclosure", { url: item.enclosure.url, length: String(item.enclosure.bytes), type: item.enclosure.type });
    el.ele("itunes:duration").txt(String(item.durationSeconds));
    el.ele("itunes:episode").txt(String(item.episodeNumber));
    el.ele("itunes:episodeType").txt("full");
    for (const transcript of item.transcripts) {
      el.ele("podcast:transcript", {
        url: transcript.url,
        type: TRANSCRIPT_CONTENT_TYPES[transcript.format],
        language: transcript.language,
        // Timed cue files double as captions for apps that show them.
        ...(transcript.format === "json" ? {} : { rel: "captions" }),
      });
    }
  }
  return root.end({ prettyPrint: true });
}
