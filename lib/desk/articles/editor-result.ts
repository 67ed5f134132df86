import type { PublicationStatus } from "@prisma/client";
import type { FormState } from "@/lib/forms/form-state";
import type { ConflictReport } from "./conflict";
import type { EditorIntent } from "./publication-transition";
import type { SaveOutcome } from "./save-article";
import { formatInZone } from "./schedule-time";

// What the editor's save action answers: the form state (messages next to fields), plus what
// the editor needs to carry on (the new version to base the next save on) or the conflict it
// ran into. Plain data, safe to send to the browser. Pure.

export interface SavedState {
  id: string;
  version: number;
  slug: string;
  status: PublicationStatus;
  scheduledFor: string | null;
  publishedAt: string | null;
  savedAt: string;
}

export interface EditorResult extends FormState {
  saved?: SavedState;
  conflict?: ConflictReport;
}

function savedMessage(intent: EditorIntent, saved: SavedState, timeZone: string): string {
  switch (intent) {
    case "publish":
      return "Published. Readers can see it now.";
    case "schedule":
      return `Scheduled for ${formatInZone(new Date(saved.scheduledFor!), timeZone)}.`;
    case "unschedule":
      return "No longer scheduled.";
    case "unpublish":
      return "Unpublished. Readers no longer see it.";
    default:
      return saved.status === "PUBLISHED" ? "Updated. Readers see the new version." : "Saved.";
  }
}

export function toEditorResult(outcome: SaveOutcome, intent: EditorIntent, timeZone: string): EditorResult {
  switch (outcome.kind) {
    case "saved": {
      const { article } = outcome;
      const saved: SavedState = {
        id: article.id,
        version: article.version,
        slug: article.slug,
        status: article.status,
        scheduledFor: article.scheduledFor?.toISOString() ?? null,
        publishedAt: article.publishedAt?.toISOString() ?? null,
        savedAt: article.savedAt.toISOString(),
      };
      return { status: "ok", message: savedMessage(intent, saved, timeZone), saved };
    }
    case "invalid":
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors };
    case "conflict":
      return { status: "error", message: outcome.conflict.message, conflict: outcome.conflict };
    case "missing":
      return { status: "error", message: "This article no longer exists. It may have been deleted." };
  }
}
