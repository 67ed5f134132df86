import type { ArticleRevisionKind } from "@prisma/client";
import Link from "next/link";
import type { RevisionSummary } from "@/lib/desk/articles/revision-history";
import { formatInZone } from "@/lib/desk/articles/schedule-time";

// The revisions of an article, newest first: who saved, when, how; each can be compared and
// restored (a form post: works without JavaScript).

const KIND_LABELS: Record<ArticleRevisionKind, string> = {
  AUTOSAVE: "Autosaved",
  SAVE: "Saved",
  PUBLISH: "Published",
  SCHEDULE: "Scheduled",
  UNSCHEDULE: "Unscheduled",
  UNPUBLISH: "Unpublished",
  RESTORE: "Restored",
};

interface Props {
  articleId: string;
  revisions: RevisionSummary[];
  selectedId?: string;
  currentVersion: number;
  timeZone: string;
  restoreAction: (form: FormData) => Promise<void>;
}

export function RevisionList({ articleId, revisions, selectedId, currentVersion, timeZone, restoreAction }: Props) {
  return (
    <nav aria-label="Revisions">
      <ol className="space-y-2">
        {revisions.map((revision) => (
          <li
            key={revision.id}
            className={`rounded border p-3 text-sm ${revision.id === selectedId ? "border-ink bg-white" : "border-neutral-300"}`}
          >
            <Link
              href={`/admin/articles/${articleId}/history?rev=${revision.id}`}
              aria-current={revision.id === selectedId ? "true" : undefined}
              className="font-semibold underline"
            >
              Version {revision.version}: {KIND_LABELS[revision.kind]}
              {revision.restoredFrom ? ` (from version ${revision.restoredFrom})` : ""}
            </Link>
            <p className="text-muted">
              {revision.editor?.name ?? revision.editor?.email ?? "Unknown"} · {formatInZone(revision.createdAt, timeZone)}
            </p>
            {revision.version !== currentVersion && (
              <form action={restoreAction} className="mt-2">
                <input type="hidden" name="articleId" value={articleId} />
                <input type="hidden" name="revisionId" value={revision.id} />
                <input type="hidden" name="baseVersion" value={currentVersion} />
                <button type="submit" className="underline" aria-label={`Restore version ${revision.version}`}>
                  Restore this version
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
