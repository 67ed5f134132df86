// Shapes of the demo publication's seed content. The writing itself lives beside this file.

import type { sections } from "./sections";

export type SeedSectionSlug = (typeof sections)[number]["slug"];
export type SeedAccess = "FREE" | "REGISTERED" | "SUBSCRIBER";

export interface SeedAuthor {
  slug: string;
  name: string;
  /** City the author reports from, e.g. "Nairobi". */
  location: string;
  bio: string;
}

export interface SeedArticle {
  slug: string;
  title: string;
  /** One- or two-sentence standfirst shown under the headline; always public. */
  dek: string;
  /** Markdown. At least 6 paragraphs; only the first two are public on gated articles. */
  body: string;
  access: SeedAccess;
  section: SeedSectionSlug;
  topics: string[];
  authorSlugs: string[];
  /** ISO date-time. */
  publishedAt: string;
  /** Exactly one article is the lead story on the home page. */
  featured?: boolean;
}

export interface SeedTranscriptSegment {
  /** Offset into the episode's audio, milliseconds. Segments are contiguous and ordered. */
  startMs: number;
  endMs: number;
  speaker: string;
  text: string;
}

export interface SeedEpisode {
  number: number;
  slug: string;
  title: string;
  summary: string;
  /** Length of the generated demo audio, seconds; equals the last segment's endMs / 1000 rounded up. */
  durationSeconds: number;
  publishedAt: string;
  transcriptAccess: SeedAccess;
  segments: SeedTranscriptSegment[];
}
