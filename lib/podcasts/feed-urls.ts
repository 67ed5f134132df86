import type { TranscriptFileFormat } from "./podcast-feed-xml";

// Addresses of the podcast feeds and transcript files, in one place for routes, pages and feeds.

export const publicFeedUrl = (siteUrl: string) => `${siteUrl}/podcasts/feed.xml`;

export const privateFeedUrl = (siteUrl: string, token: string) => `${siteUrl}/podcasts/private/${token}/feed.xml`;

/** A transcript file: public (FREE transcripts only) without a token, the subscriber's own with one. */
export function transcriptFileUrl(siteUrl: string, slug: string, format: TranscriptFileFormat, token?: string): string {
  return token ? `${siteUrl}/podcasts/private/${token}/transcripts/${slug}.${format}` : `${siteUrl}/podcasts/transcripts/${slug}.${format}`;
}

/** Absolute address of media stored as a site path (e.g. `/media/podcasts/episode-1.mp3`). */
export const absoluteUrl = (siteUrl: string, pathOrUrl: string) => new URL(pathOrUrl, `${siteUrl}/`).toString();
