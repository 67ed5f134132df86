import type { ArticleRevisionKind, PublicationStatus } from "@prisma/client";

// What each button of the editor does to an article's publication state. Every intent also
// saves the editor's fields (one revision); this decides the status around them. Pure: the
// save (save-article.ts) and the schedule's job (publish-due.ts) apply these decisions.

export const EDITOR_INTENTS = ["autosave", "save", "publish", "schedule", "unschedule", "unpublish"] as const;
export type EditorIntent = (typeof EDITOR_INTENTS)[number];

export interface PublicationState {
  status: PublicationStatus;
  publishedAt: Date | null;
  scheduledFor: Date | null;
}

/** How far ahead an article may be scheduled. */
export const MAX_SCHEDULE_AHEAD_MS = 2 * 366 * 24 * 60 * 60 * 1000;

export type Transition =
  | {
      ok: true;
      next: PublicationState;
      revisionKind: ArticleRevisionKind;
      /** Enqueue the schedule's job to run at this time. */
      publishAt: Date | null;
      /** Whether readers' view of the article changes (the save must notify caches). */
      readersAffected: boolean;
    }
  | { ok: false; field?: "scheduledFor"; message: string };

const REVISION_KIND: Record<EditorIntent, ArticleRevisionKind> = {
  autosave: "AUTOSAVE",
  save: "SAVE",
  publish: "PUBLISH",
  schedule: "SCHEDULE",
  unschedule: "UNSCHEDULE",
  unpublish: "UNPUBLISH",
};

function refuse(message: string, field?: "scheduledFor"): Transition {
  return { ok: false, message, ...(field ? { field } : {}) };
}

function nextState(current: PublicationState, intent: EditorIntent, now: Date, when: Date | null): PublicationState | Transition {
  switch (intent) {
    case "autosave":
      // Readers see published articles, and scheduled ones go out as they stand: those change
      // only when an editor says so.
      if (current.status === "PUBLISHED" || current.status === "SCHEDULED")
        return refuse("Autosave is off for published and scheduled articles. Press Update to save.");
      return current;
    case "save":
      return current;
    case "publish":
      // Publishing a live article again is only a save: its publication time stays.
      if (current.status === "PUBLISHED") return current;
      return { status: "PUBLISHED", publishedAt: now, scheduledFor: null };
    case "schedule":
      if (current.status === "PUBLISHED") return refuse("This article is live. Unpublish it before scheduling it again.");
      if (!when) return refuse("Choose the date and time to publish.", "scheduledFor");
      if (when.getTime() <= now.getTime()) return refuse("That time has passed. Choose a later time, or publish now.", "scheduledFor");
      if (when.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) return refuse("Schedule at most two years ahead.", "scheduledFor");
      return { ...current, status: "SCHEDULED", scheduledFor: when };
    case "unschedule":
      if (current.status !== "SCHEDULED") return refuse("This article is not scheduled.");
      return { ...current, status: current.publishedAt ? "UNPUBLISHED" : "DRAFT", scheduledFor: null };
    case "unpublish":
      if (current.status !== "PUBLISHED") return refuse("This article is not published.");
      return { ...current, status: "UNPUBLISHED" };
  }
}

/** The publication state after `intent`, or why it can't be done. `when` is the schedule's time. */
export function planTransition(current: PublicationState, intent: EditorIntent, now: Date, when: Date | null = null): Transition {
  const next = nextState(current, intent, now, when);
  if ("ok" in next) return next;
  return {
    ok: true,
    next,
    revisionKind: REVISION_KIND[intent],
    publishAt: next.status === "SCHEDULED" ? next.scheduledFor : null,
    readersAffected: current.status === "PUBLISHED" || next.status === "PUBLISHED",
  };
}

/**
 * Whether the schedule's job for `scheduledFor` should publish the article now. A job outlives
 * changes of plan: when the article was unscheduled, rescheduled (a newer job carries the new
 * time) or published by hand since, the old job does nothing.
 */
export function isPublishDue(row: Pick<PublicationState, "status" | "scheduledFor">, jobScheduledFor: Date): boolean {
  return row.status === "SCHEDULED" && row.scheduledFor?.getTime() === jobScheduledFor.getTime();
}
