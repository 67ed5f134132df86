import { describe, expect, it } from "vitest";
import { AUTOSAVE_KEEP_ALL_MS, revisionsToPrune, type RevisionStub } from "@/lib/desk/articles/revision-prune";

const now = new Date("2026-12-10T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const rev = (version: number, kind: RevisionStub["kind"], at: Date): RevisionStub => ({ id: `r${version}`, version, kind, createdAt: at });

describe("pruning autosaves", () => {
  it("keeps every autosave younger than a day", () => {
    const revisions = [rev(1, "AUTOSAVE", hoursAgo(5)), rev(2, "AUTOSAVE", hoursAgo(4)), rev(3, "AUTOSAVE", hoursAgo(1))];
    expect(revisionsToPrune(revisions, now)).toEqual([]);
  });

  it("collapses each run of older autosaves to its last, keeping every deliberate save", () => {
    const revisions = [
      rev(1, "AUTOSAVE", hoursAgo(80)),
      rev(2, "AUTOSAVE", hoursAgo(79)),
      rev(3, "AUTOSAVE", hoursAgo(78)),
      rev(4, "SAVE", hoursAgo(77)),
      rev(5, "AUTOSAVE", hoursAgo(50)),
      rev(6, "AUTOSAVE", hoursAgo(49)),
      rev(7, "PUBLISH", hoursAgo(48)),
      rev(8, "RESTORE", hoursAgo(30)),
      rev(9, "AUTOSAVE", hoursAgo(2)),
    ];
    expect(revisionsToPrune(revisions, now).sort()).toEqual(["r1", "r2", "r5"]);
  });

  it("an old autosave followed by a recent one of the same run goes; the newest revision always stays", () => {
    const revisions = [rev(2, "AUTOSAVE", hoursAgo(30)), rev(1, "SAVE", hoursAgo(40)), rev(3, "AUTOSAVE", hoursAgo(1))];
    expect(revisionsToPrune(revisions, now)).toEqual(["r2"]);
    expect(revisionsToPrune([rev(1, "AUTOSAVE", hoursAgo(500))], now)).toEqual([]);
  });

  it("counts a day from now", () => {
    const justInside = new Date(now.getTime() - AUTOSAVE_KEEP_ALL_MS + 1000);
    expect(revisionsToPrune([rev(1, "AUTOSAVE", justInside), rev(2, "AUTOSAVE", hoursAgo(1))], now)).toEqual([]);
  });
});
