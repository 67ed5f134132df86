import { describe, expect, it } from "vitest";
import { isPublishDue, planTransition, type PublicationState } from "@/lib/desk/articles/publication-transition";

const now = new Date("2026-12-01T12:00:00Z");
const later = new Date("2026-12-01T12:01:00Z");
const draft: PublicationState = { status: "DRAFT", publishedAt: null, scheduledFor: null };
const live: PublicationState = { status: "PUBLISHED", publishedAt: new Date("2026-11-30T08:00:00Z"), scheduledFor: null };
const scheduled: PublicationState = { status: "SCHEDULED", publishedAt: null, scheduledFor: later };

describe("what each editor action does to the publication state", () => {
  it("publishing a draft makes it live now, and tells readers' caches", () => {
    expect(planTransition(draft, "publish", now)).toEqual({
      ok: true,
      next: { status: "PUBLISHED", publishedAt: now, scheduledFor: null },
      revisionKind: "PUBLISH",
      publishAt: null,
      readersAffected: true,
    });
  });

  it("publishing a scheduled article now drops its schedule", () => {
    const result = planTransition(scheduled, "publish", now);
    expect(result).toMatchObject({ ok: true, next: { status: "PUBLISHED", publishedAt: now, scheduledFor: null } });
  });

  it("saving a live article keeps its publication time and tells readers' caches", () => {
    expect(planTransition(live, "save", now)).toMatchObject({ ok: true, next: live, readersAffected: true, revisionKind: "SAVE" });
    expect(planTransition(live, "publish", now)).toMatchObject({ ok: true, next: live });
  });

  it("saving a draft changes nothing readers see", () => {
    expect(planTransition(draft, "save", now)).toMatchObject({ ok: true, next: draft, readersAffected: false });
    expect(planTransition(draft, "autosave", now)).toMatchObject({ ok: true, revisionKind: "AUTOSAVE", readersAffected: false });
  });

  it("autosave never writes to a live or scheduled article", () => {
    expect(planTransition(live, "autosave", now)).toMatchObject({ ok: false });
    expect(planTransition(scheduled, "autosave", now)).toMatchObject({ ok: false });
    expect(planTransition({ ...live, status: "UNPUBLISHED" }, "autosave", now)).toMatchObject({ ok: true });
  });

  it("scheduling needs a time in the future, and queues the job for that time", () => {
    expect(planTransition(draft, "schedule", now, later)).toEqual({
      ok: true,
      next: { status: "SCHEDULED", publishedAt: null, scheduledFor: later },
      revisionKind: "SCHEDULE",
      publishAt: later,
      readersAffected: false,
    });
    expect(planTransition(draft, "schedule", now, now)).toMatchObject({ ok: false, field: "scheduledFor" });
    expect(planTransition(draft, "schedule", now, new Date("2020-01-01T00:00:00Z"))).toMatchObject({ ok: false, field: "scheduledFor" });
    expect(planTransition(draft, "schedule", now, null)).toMatchObject({ ok: false, field: "scheduledFor" });
    expect(planTransition(draft, "schedule", now, new Date("2029-01-01T00:00:00Z"))).toMatchObject({ ok: false, field: "scheduledFor" });
  });

  it("rescheduling moves the time; a live article must be unpublished first", () => {
    const muchLater = new Date("2026-12-02T09:00:00Z");
    expect(planTransition(scheduled, "schedule", now, muchLater)).toMatchObject({ ok: true, publishAt: muchLater });
    expect(planTransition(live, "schedule", now, muchLater)).toMatchObject({ ok: false });
  });

  it("unscheduling returns a draft to draft, and a once-published article to unpublished", () => {
    expect(planTransition(scheduled, "unschedule", now)).toMatchObject({ ok: true, next: { status: "DRAFT", scheduledFor: null } });
    const republishing = { ...scheduled, publishedAt: live.publishedAt };
    expect(planTransition(republishing, "unschedule", now)).toMatchObject({ ok: true, next: { status: "UNPUBLISHED" } });
    expect(planTransition(draft, "unschedule", now)).toMatchObject({ ok: false });
  });

  it("unpublishing hides a live article and keeps when it was published", () => {
    expect(planTransition(live, "unpublish", now)).toMatchObject({
      ok: true,
      next: { status: "UNPUBLISHED", publishedAt: live.publishedAt },
      readersAffected: true,
    });
    expect(planTransition(draft, "unpublish", now)).toMatchObject({ ok: false });
  });
});

describe("whether the schedule's job publishes", () => {
  it("publishes an article still scheduled for exactly the job's time", () => {
    expect(isPublishDue(scheduled, new Date(later))).toBe(true);
  });

  it("does nothing after a reschedule, an unschedule or a manual publish", () => {
    expect(isPublishDue({ status: "SCHEDULED", scheduledFor: new Date("2026-12-01T13:00:00Z") }, later)).toBe(false);
    expect(isPublishDue({ status: "DRAFT", scheduledFor: null }, later)).toBe(false);
    expect(isPublishDue({ status: "PUBLISHED", scheduledFor: null }, later)).toBe(false);
  });
});
