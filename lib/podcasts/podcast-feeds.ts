import "server-only";
import { db } from "@/lib/db";
import { getAccess, type AccessPolicy, type Viewer, ANONYMOUS } from "@/lib/entitlements";
import { visibleEpisodeWhere } from "@/lib/content/visibility";
import { getEnv } from "@/lib/env";
import { getPublication, type Publication } from "@/lib/publication";
import { mediaTypeOf } from "@/lib/storage/media-types";
import { COVER_ART_KEY } from "./cover-art";
import { absoluteUrl, privateFeedUrl, publicFeedUrl, transcriptFileUrl } from "./feed-urls";
import { buildPodcastFeed, podcastGuid, type PodcastChannel, type TranscriptFileFormat } from "./podcast-feed-xml";

// The public podcast feed and each subscriber's private one. Both are the same document for
// different readers: every transcript link is decided by the one access rule, so the public
// feed (an anonymous reader) links FREE transcripts only, and a subscriber's links theirs.
// Podcast apps poll every few minutes: one query for the episodes, settings from the cache.

/** Apple's category for the show. */
const CATEGORY = ["News", "Politics"] as const;
/** The private feed as a whole is a subscriber benefit, decided like any subscriber item. */
export const PRIVATE_FEED = { access: "SUBSCRIBER" } as const;
/** Podcast apps read at most a few hundred items. */
const MAX_EPISODES = 500;
const FORMATS: TranscriptFileFormat[] = ["vtt", "srt", "json"];

export interface FeedDocument {
  xml: string;
  /** When an episode last changed, for Last-Modified. */
  lastModified: Date | null;
}

function ownerEmail(publication: Publication): string {
  const { PODCAST_OWNER_EMAIL, MAIL_FROM } = getEnv();
  const fromAddress = MAIL_FROM
    ? (/<([^<>\s]+@[^<>\s]+)>/.exec(MAIL_FROM)?.[1] ?? (MAIL_FROM.includes("@") ? MAIL_FROM.trim() : null))
    : null;
  return PODCAST_OWNER_EMAIL ?? fromAddress ?? `podcast@${new URL(publication.url).hostname}`;
}

function channel(publication: Publication, options: { selfUrl: string; private: boolean }): PodcastChannel {
  return {
    title: options.private ? `${publication.name} (subscriber feed)` : publication.name,
    link: `${publication.url}/podcasts`,
    description: publication.description || publication.tagline || publication.name,
    language: publication.language,
    selfUrl: options.selfUrl,
    guid: podcastGuid(publicFeedUrl(publication.url)),
    imageUrl: absoluteUrl(publication.url, `/media/${COVER_ART_KEY}`),
    author: publication.name,
    owner: { name: publication.name, email: ownerEmail(publication) },
    category: CATEGORY,
    explicit: false,
    block: options.private,
  };
}

/** The feed as `viewer` may have it; `token` makes transcript links the subscriber's own. */
async function renderFeed(viewer: Viewer, policy: AccessPolicy, token?: string): Promise<FeedDocument> {
  const publication = await getPublication();
  const episodes = await db.podcastEpisode.findMany({
    where: visibleEpisodeWhere(policy.now),
    orderBy: { publishedAt: "desc" },
    take: MAX_EPISODES,
    relationLoadStrategy: "join",
    select: {
      id: true,
      number: true,
      slug: true,
      title: true,
      summary: true,
      audioUrl: true,
      audioBytes: true,
      durationSeconds: true,
      publishedAt: true,
      updatedAt: true,
      language: true,
      transcript: { select: { access: true } },
    },
  });
  const selfUrl = token ? privateFeedUrl(publication.url, token) : publicFeedUrl(publication.url);
  const xml = buildPodcastFeed(
    channel(publication, { selfUrl, private: Boolean(token) }),
    episodes.map((episode) => ({
      guid: episode.id,
      title: episode.title,
      summary: episode.summary,
      link: `${publication.url}/podcasts/${episode.slug}`,
      publishedAt: episode.publishedAt ?? episode.updatedAt,
      enclosure: { url: absoluteUrl(publication.url, episode.audioUrl), bytes: episode.audioBytes, type: mediaTypeOf(episode.audioUrl) },
      durationSeconds: episode.durationSeconds,
      episodeNumber: episode.number,
      transcripts:
        episode.transcript && getAccess(viewer, episode.transcript, policy).allowed
          ? FORMATS.map((format) => ({
              url: transcriptFileUrl(publication.url, episode.slug, format, token),
              format,
              language: episode.language,
            }))
          : [],
    })),
  );
  const lastModified = episodes.reduce<Date | null>((latest, e) => (!latest || e.updatedAt > latest ? e.updatedAt : latest), null);
  return { xml, lastModified };
}

export function renderPublicPodcastFeed(policy: AccessPolicy): Promise<FeedDocument> {
  return renderFeed(ANONYMOUS, policy);
}

export function renderPrivatePodcastFeed(viewer: Viewer, token: string, policy: AccessPolicy): Promise<FeedDocument> {
  return renderFeed(viewer, policy, token);
}
