import type { ArticleRevisionKind } from "@prisma/client";

// Which revisions to forget. Autosave writes a revision every few seconds of typing; keeping
// all of them forever buries the saves people meant. The rule:
//  - every revision an editor asked for (save, publish, schedule, unschedule, unpublish, restore)
//    is kept forever;
//  - autosaves younger than AUTOSAVE_KEEP_ALL_MS are all kept;
//  - of older autosaves, only the last of each run is kept (a run: consecutive autosaves with no
//    other revision between them), so what an editor had typed before each deliberate step stays;
//  - the newest revision is always kept: it is the article as it stands.
// Pure.

export const AUTOSAVE_KEEP_ALL_MS = 24 * 60 * 60 * 1000;

export interface RevisionStub {
  id: string;
  version: number;
  kind: ArticleRevisionKind;
  createdAt: Date;
}

/** Ids of the revisions the rule above lets go. */
export function revisionsToPrune(revisions: RevisionStub[], now: Date): string[] {
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  const cutoff = now.getTime() - AUTOSAVE_KEEP_ALL_MS;
  return ordered
    .filter((revision, index) => {
      if (revision.kind !== "AUTOSAVE" || revision.createdAt.getTime() > cutoff) return false;
      const next = ordered[index + 1];
      // The last of its run (or the newest of all) stays.
      return next !== undefined && next.kind === "AUTOSAVE";
    })
    .map((revision) => revision.id);
}
