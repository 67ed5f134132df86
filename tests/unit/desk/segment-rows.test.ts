import { describe, expect, it } from "vitest";
import { segmentRowsOf, segmentsPastAudio, validateSegmentRows } from "@/lib/desk/episodes/segment-rows";
import { addRowAfter, mergeWithNext, splitRow, type EditableRow } from "@/components/desk/episode-editor/segment-row-edits";

const row = (start: string, end: string, text = "Words.", speaker = "Host") => ({ start, end, speaker, text });

describe("validateSegmentRows", () => {
  it("turns rows into segments", () => {
    expect(validateSegmentRows([row("0:00", "00:00:04.500", "  Hello   there "), row("4:30", "1:00:00")], 3_600_000)).toEqual({
      ok: true,
      segments: [
        { startMs: 0, endMs: 4500, speaker: "Host", text: "Hello there" },
        { startMs: 270_000, endMs: 3_600_000, speaker: "Host", text: "Words." },
      ],
    });
  });

  it("names every row that breaks a rule, and saves nothing", () => {
    const result = validateSegmentRows(
      [row("0:10", "0:05"), row("0:02", "0:08"), row("0:09", "0:09"), row("soon", "0:20"), row("0:30", "1:40"), row("0:31", "0:32", "  ")],
      60_000,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.rowErrors).map(Number)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.rowErrors[0]!.join()).toContain("must be after the start");
    expect(result.rowErrors[1]!.join()).toContain("keep rows in time order");
    expect(result.rowErrors[2]!.join()).toContain("must be after the start");
    expect(result.rowErrors[3]!.join()).toContain("is not a time");
    expect(result.rowErrors[4]!.join()).toContain("after the end of the audio");
    expect(result.rowErrors[5]!.join()).toContain("Write the words");
    expect(result.message).toBe("6 rows need correcting; nothing was saved.");
  });

  it("refuses control characters and overlong speakers", () => {
    const result = validateSegmentRows([row("0:00", "0:01", "a\u0007b"), row("0:01", "0:02", "ok", "x".repeat(101))], 0);
    expect(result.ok ? {} : result.rowErrors).toEqual({
      0: [expect.stringContaining("control character")],
      1: [expect.stringContaining("under 100")],
    });
  });
});

describe("segmentRowsOf", () => {
  it("reads the table's repeated fields, and refuses rows that don't line up", () => {
    const form = new FormData();
    for (const [name, value] of [
      ["start", "0:00"],
      ["end", "0:01"],
      ["speaker", "A"],
      ["text", "hi"],
    ])
      form.append(name, value);
    expect(segmentRowsOf(form)).toEqual([{ start: "0:00", end: "0:01", speaker: "A", text: "hi" }]);
    form.append("start", "0:02");
    expect(segmentRowsOf(form)).toBeNull();
    const withFile = new FormData();
    for (const name of ["start", "end", "speaker"]) withFile.append(name, "x");
    withFile.append("text", new File(["x"], "x.txt"));
    expect(segmentRowsOf(withFile)).toBeNull();
  });
});

describe("segmentsPastAudio", () => {
  it("names segments that end after the audio", () => {
    const segments = [
      { startMs: 0, endMs: 1000, speaker: "", text: "a" },
      { startMs: 1000, endMs: 2500, speaker: "", text: "b" },
    ];
    expect(segmentsPastAudio(segments, 2000)).toEqual(["Segment 2 ends at 00:00:02.500, after the end of the audio (00:00:02.000)."]);
    expect(segmentsPastAudio(segments, 0)).toEqual([]);
  });
});

describe("row edits", () => {
  const rows: EditableRow[] = [
    { key: 0, start: "00:00:00.000", end: "00:00:04.000", speaker: "A", text: "one two three four" },
    { key: 1, start: "00:00:04.000", end: "00:00:06.000", speaker: "B", text: "five" },
  ];

  it("splits a row at its middle word and time", () => {
    expect(splitRow(rows, 0).slice(0, 2)).toEqual([
      { key: 0, start: "00:00:00.000", end: "00:00:02.000", speaker: "A", text: "one two" },
      { key: 2, start: "00:00:02.000", end: "00:00:04.000", speaker: "A", text: "three four" },
    ]);
  });

  it("merges a row with the next", () => {
    expect(mergeWithNext(rows, 0)).toEqual([
      { key: 0, start: "00:00:00.000", end: "00:00:06.000", speaker: "A", text: "one two three four five" },
    ]);
    expect(mergeWithNext(rows, 1)).toBe(rows);
  });

  it("adds an empty row timed after the one before it", () => {
    expect(addRowAfter(rows, 1)[2]).toEqual({ key: 2, start: "00:00:06.000", end: "00:00:11.000", speaker: "B", text: "" });
    expect(addRowAfter([], -1)).toEqual([{ key: 0, start: "00:00:00.000", end: "00:00:05.000", speaker: "", text: "" }]);
  });
});
