import type { PublicationStatus } from "@prisma/client";
import type { FieldDiff } from "./revision-diff";
import { formatInZone } from "./schedule-time";

// Two editors, one article: every save says which version it started from, and the database
// accepts it only while that is still the article's version (save-article.ts). This is what the
// refused editor is told. Pure.

/** A save from `baseVersion` may go ahead only if nobody has changed the article since. */
export function isStale(baseVersion: number, currentVersion: number): boolean {
  return baseVersion !== currentVersion;
}

export interface LatestChange {
  /** Who changed it (null: the publishing schedule). */
  by: string | null;
  at: Date;
  status: PublicationStatus;
}

/** "Amina Yusuf saved this article at Dec 3, 2026, 10:42 EST, after you opened it. …" */
export function conflictMessage(latest: LatestChange, timeZone: string): string {
  const when = formatInZone(latest.at, timeZone);
  const who =
    latest.by === null && latest.status === "PUBLISHED"
      ? `The publishing schedule published this article at ${when}`
      : `${latest.by ?? "Someone else"} saved this article at ${when}`;
  return `${who}, after you started editing. Your changes have not been saved: copy your text, then reload to see their version.`;
}

/** What a refused save shows the editor. */
export interface ConflictReport {
  message: string;
  /** The article's version now: reloading starts from it. */
  version: number;
  changes: FieldDiff[];
  /** "base": their changes since your starting point; "yours": their version against your text. */
  comparedWith: "base" | "yours";
}
