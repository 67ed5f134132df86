import type { AccessLevel, PublicationStatus } from "@prisma/client";

// What the editor page hands the (client) editor: plain, serialisable data.

export interface UploadedImage {
  id: string;
  url: string;
  width: number;
  height: number;
}

export interface DraftFields {
  title: string;
  dek: string;
  /** Empty: the address follows the title. */
  slug: string;
  body: string;
  sectionId: string;
  /** Comma-separated, as typed. */
  topics: string;
  access: AccessLevel;
  featured: boolean;
  authorIds: string[];
  heroImage: UploadedImage | null;
  heroImageAlt: string;
  /** datetime-local in the publication's time zone. */
  scheduledFor: string;
}

export interface DraftMeta {
  id: string;
  /** 0 until the first save creates the article. */
  version: number;
  status: PublicationStatus;
  slug: string;
  scheduledFor: string | null;
  publishedAt: string | null;
  savedAt: string | null;
}

export interface EditorChoices {
  sections: Array<{ id: string; label: string }>;
  authors: Array<{ id: string; name: string; location: string }>;
  /** The publication's IANA zone and its current abbreviation, e.g. "America/New_York", "EST". */
  timeZone: string;
  timeZoneName: string;
}
