import type { PublicationStatus } from "@prisma/client";

// What publishing, scheduling, unpublishing and unscheduling do to an episode, decided from its
// current state and the clock. Pure: the server action and the scheduled job both apply it.

export interface PublicationState {
  status: PublicationStatus;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  hasAudio: boolean;
}

export type PublicationIntent = { kind: "publish" } | { kind: "schedule"; at: Date } | { kind: "unpublish" } | { kind: "unschedule" };

export type PublicationChange = Pick<PublicationState, "status" | "publishedAt" | "scheduledFor">;

export type PublicationPlan =
  { ok: true; change: PublicationChange } | { ok: false; field: "audio" | "scheduledFor" | "status"; message: string };

const NEEDS_AUDIO = "Add the audio before publishing: upload a file or give its address.";

export function planPublication(current: PublicationState, intent: PublicationIntent, now: Date): PublicationPlan {
  switch (intent.kind) {
    case "publish":
      if (!current.hasAudio) return { ok: false, field: "audio", message: NEEDS_AUDIO };
      // Publishing again after an unpublish keeps the original date, so feeds keep their order.
      return {
        ok: true,
        change: {
          status: "PUBLISHED",
          publishedAt: current.publishedAt && current.publishedAt <= now ? current.publishedAt : now,
          scheduledFor: null,
        },
      };
    case "schedule":
      if (!current.hasAudio) return { ok: false, field: "audio", message: NEEDS_AUDIO };
      if (current.status === "PUBLISHED")
        return { ok: false, field: "status", message: "This episode is already published. Unpublish it first to schedule it again." };
      if (intent.at <= now) return { ok: false, field: "scheduledFor", message: "Choose a time in the future, or publish now." };
      return { ok: true, change: { status: "SCHEDULED", publishedAt: null, scheduledFor: intent.at } };
    case "unpublish":
      if (current.status !== "PUBLISHED") return { ok: false, field: "status", message: "This episode is not published." };
      return { ok: true, change: { status: "UNPUBLISHED", publishedAt: current.publishedAt, scheduledFor: null } };
    case "unschedule":
      if (current.status !== "SCHEDULED") return { ok: false, field: "status", message: "This episode is not scheduled." };
      return { ok: true, change: { status: "DRAFT", publishedAt: null, scheduledFor: null } };
  }
}

/**
 * Whether the scheduled job should publish this episode now. It goes live with the time it was
 * scheduled for, not the moment the worker got to it.
 */
export function dueChange(current: PublicationState, now: Date): PublicationChange | null {
  if (current.status !== "SCHEDULED" || !current.scheduledFor || current.scheduledFor > now) return null;
  return { status: "PUBLISHED", publishedAt: current.scheduledFor, scheduledFor: null };
}
