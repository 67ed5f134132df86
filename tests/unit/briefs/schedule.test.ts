import { describe, expect, it } from "vitest";
import { localSlot } from "@/lib/briefs/local-time-slot";
import {
  addDays,
  dateIn,
  isBriefDate,
  lastSendTime,
  nextBriefDate,
  nextSendTime,
  previousSendTime,
  sendTimeOf,
} from "@/lib/briefs/schedule";

// The brief goes out at 06:00 local time, whatever the offset that day. These run in three
// machine zones (UTC, New York, Kolkata): nothing may depend on the machine's own zone.

const NY = "America/New_York";
const at = (iso: string) => new Date(iso);

describe("06:00 in New York across daylight-saving changes", () => {
  it("is 11:00 UTC in winter and 10:00 UTC in summer, on both sides of 2026-03-08", () => {
    expect(sendTimeOf("2026-03-07", NY)).toEqual(at("2026-03-07T11:00:00Z")); // EST, UTC−5
    expect(sendTimeOf("2026-03-08", NY)).toEqual(at("2026-03-08T10:00:00Z")); // clocks went forward at 02:00
    expect(sendTimeOf("2026-03-09", NY)).toEqual(at("2026-03-09T10:00:00Z"));
  });

  it("is 10:00 UTC before and 11:00 UTC from 2026-11-01, when clocks go back", () => {
    expect(sendTimeOf("2026-10-31", NY)).toEqual(at("2026-10-31T10:00:00Z"));
    expect(sendTimeOf("2026-11-01", NY)).toEqual(at("2026-11-01T11:00:00Z")); // 01:00–02:00 happened twice, 06:00 once
    expect(sendTimeOf("2026-11-02", NY)).toEqual(at("2026-11-02T11:00:00Z"));
  });

  it("finds the next send after any instant, the night of each change included", () => {
    expect(nextSendTime(at("2026-03-07T11:00:00Z"), NY)).toEqual(at("2026-03-08T10:00:00Z")); // strictly after
    expect(nextSendTime(at("2026-03-08T07:30:00Z"), NY)).toEqual(at("2026-03-08T10:00:00Z")); // 02:30 that night does not exist: still 06:00
    expect(nextSendTime(at("2026-03-08T09:59:59Z"), NY)).toEqual(at("2026-03-08T10:00:00Z"));
    expect(nextSendTime(at("2026-11-01T05:30:00Z"), NY)).toEqual(at("2026-11-01T11:00:00Z")); // 01:30 EDT, the first of two
    expect(nextSendTime(at("2026-11-01T06:30:00Z"), NY)).toEqual(at("2026-11-01T11:00:00Z")); // 01:30 EST, the second
    expect(nextSendTime(at("2026-11-01T11:00:00Z"), NY)).toEqual(at("2026-11-02T11:00:00Z"));
  });

  it("measures the day before a change in local days: 23 hours in March, 25 in November", () => {
    expect(previousSendTime(at("2026-03-08T10:00:00Z"), NY)).toEqual(at("2026-03-07T11:00:00Z"));
    expect(previousSendTime(at("2026-11-01T11:00:00Z"), NY)).toEqual(at("2026-10-31T10:00:00Z"));
    expect(lastSendTime(at("2026-03-08T09:59:00Z"), NY)).toEqual(at("2026-03-07T11:00:00Z"));
    expect(lastSendTime(at("2026-03-08T10:00:00Z"), NY)).toEqual(at("2026-03-08T10:00:00Z"));
  });

  it("names the publication date whose brief goes out next", () => {
    expect(nextBriefDate(at("2026-03-08T09:00:00Z"), NY)).toBe("2026-03-08"); // 05:00 EDT
    expect(nextBriefDate(at("2026-03-08T10:00:00Z"), NY)).toBe("2026-03-09");
    expect(dateIn(at("2026-03-09T03:00:00Z"), NY)).toBe("2026-03-08"); // 23:00 the evening before
  });
});

describe("readers' own 6 AM", () => {
  it("is 00:30 UTC in Asia/Kolkata (UTC+5:30, no daylight saving), all year", () => {
    expect(sendTimeOf("2026-03-08", "Asia/Kolkata")).toEqual(at("2026-03-08T00:30:00Z"));
    expect(sendTimeOf("2026-11-01", "Asia/Kolkata")).toEqual(at("2026-11-01T00:30:00Z"));
    expect(nextSendTime(at("2026-03-08T00:30:00Z"), "Asia/Kolkata")).toEqual(at("2026-03-09T00:30:00Z"));
  });

  it.each([
    ["Africa/Nairobi", "2026-07-01T03:00:00Z"],
    ["Asia/Jakarta", "2026-06-30T23:00:00Z"],
    ["America/Lima", "2026-07-01T11:00:00Z"],
    ["Asia/Kathmandu", "2026-07-01T00:15:00Z"],
    ["Pacific/Chatham", "2026-06-30T17:15:00Z"],
    ["Pacific/Kiritimati", "2026-06-30T16:00:00Z"],
  ])("is right in %s", (zone, utc) => {
    expect(sendTimeOf("2026-07-01", zone)).toEqual(at(utc));
  });

  it("covers the briefs released since the reader's previous 6 AM", () => {
    // 06:10 in Kolkata on 10 March: the slot that came at 06:00, back to the 06:00 before.
    expect(localSlot(at("2026-03-10T00:40:00Z"), "Asia/Kolkata")).toEqual({
      sendTime: at("2026-03-10T00:30:00Z"),
      windowStart: at("2026-03-09T00:30:00Z"),
      next: at("2026-03-11T00:30:00Z"),
    });
    // In New York on the morning clocks go forward, the window is 23 hours long.
    expect(localSlot(at("2026-03-08T10:00:00Z"), NY)).toEqual({
      sendTime: at("2026-03-08T10:00:00Z"),
      windowStart: at("2026-03-07T11:00:00Z"),
      next: at("2026-03-09T10:00:00Z"),
    });
  });

  it("refuses names that are not IANA zones", () => {
    expect(() => nextSendTime(at("2026-03-08T00:00:00Z"), "Mars/Olympus_Mons")).toThrow(/Unknown time zone/);
  });
});

describe("publication dates", () => {
  it("accepts real calendar dates only", () => {
    expect(isBriefDate("2026-03-08")).toBe(true);
    expect(isBriefDate("2026-02-30")).toBe(false);
    expect(isBriefDate("2026-3-8")).toBe(false);
    expect(isBriefDate("99999999999999999999")).toBe(false);
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
