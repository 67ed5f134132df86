import { create } from "xmlbuilder2";
import { v5 as uuidv5 } from "uuid";
import { TRANSCRIPT_CONTENT_TYPES } from "./transcript-formats";

// The podcast feed document: RSS 2.0 with Apple's iTunes namespace and the Podcasting 2.0
// namespace. Pure: callers pass only what this feed's reader may have (public feed: no gated
// transcript links). xmlbuilder2 escapes every text and attribute, and is told to drop characters
// XML cannot carry, so titles with `&`, `<`, quotes, emoji or any script come out well-formed.

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

// xmlbuilder2 leaves "&name;" and "&#123;" in text and attributes as they are, taking them for
// entities: a title like "R&D;" would come out as an undefined entity and break the document,
// and a literal "&amp;" would read as "&". Writing every "&" as "&amp;" first makes each
// character of our text reach readers as written.
const lit = (value: string) => value.replaceAll("&", "&amp;");

export function buildPodcastFeed(channel: PodcastChannel, items: readonly PodcastItem[]): string {
  // Control characters, lone surrogates and U+FFFE/FFFF cannot appear in XML 1.0 at all: drop them.
  const root = create({ version: "1.0", encoding: "UTF-8", invalidCharReplacement: "" }).ele("rss", { version: "2.0", ...NAMESPACES });
  const ch = root.ele("channel");
  ch.ele("title").txt(lit(channel.title));
  ch.ele("link").txt(lit(channel.link));
  ch.ele("description").txt(lit(channel.description));
  ch.ele("language").txt(lit(channel.language));
  ch.ele("atom:link", { href: lit(channel.selfUrl), rel: "self", type: "application/rss+xml" });
  ch.ele("podcast:guid").txt(lit(channel.guid));
  ch.ele("itunes:image", { href: lit(channel.imageUrl) });
  ch.ele("image").ele("url").txt(lit(channel.imageUrl)).up().ele("title").txt(lit(channel.title)).up().ele("link").txt(lit(channel.link));
  const [category, subcategory] = channel.category;
  const categoryEl = ch.ele("itunes:category", { text: lit(category) });
  if (subcategory) categoryEl.ele("itunes:category", { text: lit(subcategory) });
  ch.ele("itunes:explicit").txt(String(channel.explicit));
  ch.ele("itunes:author").txt(lit(channel.author));
  ch.ele("itunes:owner").ele("itunes:name").txt(lit(channel.owner.name)).up().ele("itunes:email").txt(lit(channel.owner.email));
  ch.ele("itunes:type").txt("episodic");
  if (channel.block) ch.ele("itunes:block").txt("Yes");
  for (const item of items) {
    const el = ch.ele("item");
    el.ele("title").txt(lit(item.title));
    el.ele("description").txt(lit(item.summary));
    el.ele("link").txt(lit(item.link));
    el.ele("guid", { isPermaLink: "false" }).txt(lit(item.guid));
    el.ele("pubDate").txt(item.publishedAt.toUTCString());
    el.ele("enclosure", { url: lit(item.enclosure.url), length: String(item.enclosure.bytes), type: item.enclosure.type });
    el.ele("itunes:duration").txt(String(item.durationSeconds));
    el.ele("itunes:episode").txt(String(item.episodeNumber));
    el.ele("itunes:episodeType").txt("full");
    for (const transcript of item.transcripts) {
      el.ele("podcast:transcript", {
        url: lit(transcript.url),
        type: TRANSCRIPT_CONTENT_TYPES[transcript.format],
        language: lit(transcript.language),
        // Timed cue files double as captions for apps that show them.
        ...(transcript.format === "json" ? {} : { rel: "captions" }),
      });
    }
  }
  return root.end({ prettyPrint: true });
}
