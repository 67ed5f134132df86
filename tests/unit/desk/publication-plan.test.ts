import { describe, expect, it } from "vitest";
import { planPublication, type PublicationState } from "@/lib/desk/episodes/publication-plan";

const now = new Date("2026-12-01T12:00:00Z");
const later = new Date("2026-12-01T12:01:00Z");
const earlier = new Date("2026-11-01T08:00:00Z");
const draft: PublicationState = { status: "DRAFT", publishedAt: null, scheduledFor: null, hasAudio: true };

describe("planPublication", () => {
  it("publishes a draft now", () => {
    expect(planPublication(draft, { kind: "publish" }, now)).toEqual({
      ok: true,
      change: { status: "PUBLISHED", publishedAt: now, scheduledFor: null },
    });
  });

  it("keeps the first publication date when an unpublished episode is published again", () => {
    const plan = planPublication({ ...draft, status: "UNPUBLISHED", publishedAt: earlier }, { kind: "publish" }, now);
    expect(plan).toMatchObject({ ok: true, change: { publishedAt: earlier } });
  });

  it("publishing a scheduled episode now drops its schedule and dates it now", () => {
    const plan = planPublication({ ...draft, status: "SCHEDULED", scheduledFor: later }, { kind: "publish" }, now);
    expect(plan).toEqual({ ok: true, change: { status: "PUBLISHED", publishedAt: now, scheduledFor: null } });
  });

  it("refuses to publish or schedule without audio", () => {
    for (const intent of [{ kind: "publish" }, { kind: "schedule", at: later }] as const) {
      expect(planPublication({ ...draft, hasAudio: false }, intent, now)).toMatchObject({ ok: false, field: "audio" });
    }
  });

  it("schedules for a future time only, with no publication date until then", () => {
    expect(planPublication(draft, { kind: "schedule", at: later }, now)).toEqual({
      ok: true,
      change: { status: "SCHEDULED", publishedAt: null, scheduledFor: later },
    });
    expect(planPublication(draft, { kind: "schedule", at: now }, now)).toMatchObject({ ok: false, field: "scheduledFor" });
    expect(planPublication(draft, { kind: "schedule", at: earlier }, now)).toMatchObject({ ok: false, field: "scheduledFor" });
  });

  it("reschedules a scheduled episode, but won't schedule a published one", () => {
    const scheduled = { ...draft, status: "SCHEDULED" as const, scheduledFor: later };
    const evenLater = new Date(later.getTime() + 3_600_000);
    expect(planPublication(scheduled, { kind: "schedule", at: evenLater }, now)).toMatchObject({
      ok: true,
      change: { scheduledFor: evenLater },
    });
    expect(planPublication({ ...draft, status: "PUBLISHED", publishedAt: earlier }, { kind: "schedule", at: later }, now)).toMatchObject({
      ok: false,
      field: "status",
    });
  });

  it("unpublishes only what is published, keeping its date for a later re-publish", () => {
    expect(planPublication({ ...draft, status: "PUBLISHED", publishedAt: earlier }, { kind: "unpublish" }, now)).toEqual({
      ok: true,
      change: { status: "UNPUBLISHED", publishedAt: earlier, scheduledFor: null },
    });
    expect(planPublication(draft, { kind: "unpublish" }, now)).toMatchObject({ ok: false, field: "status" });
  });

  it("unschedules back to a draft, and only a scheduled episode", () => {
    expect(planPublication({ ...draft, status: "SCHEDULED", scheduledFor: later }, { kind: "unschedule" }, now)).toEqual({
      ok: true,
      change: { status: "DRAFT", publishedAt: null, scheduledFor: null },
    });
    expect(planPublication(draft, { kind: "unschedule" }, now)).toMatchObject({ ok: false, field: "status" });
  });
});
