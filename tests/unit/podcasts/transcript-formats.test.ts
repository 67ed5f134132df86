import { describe, expect, it } from "vitest";
import { detectTranscriptFormat, parseTranscript, toSrt, toWebVtt, TRANSCRIPT_LIMITS } from "@/lib/podcasts/transcript-formats";
import { expectErrors, expectSegments, file, seg } from "./transcripts/helpers";

// The module's front door: format detection, what any input must satisfy, and hostile input.

const cue = (index: number, text = `cue ${index}`) => `${toTime(index)} --> ${toTime(index + 1)}\n${text}\n`;
const toTime = (second: number) =>
  `${String(Math.floor(second / 3600)).padStart(2, "0")}:${String(Math.floor(second / 60) % 60).padStart(2, "0")}:${String(second % 60).padStart(2, "0")}.000`;
const vtt = (...cues: string[]) => ["WEBVTT\n", ...cues].join("\n");

describe("detecting the format", () => {
  it.each([
    ["WebVTT", "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", "vtt"],
    ["WebVTT with a byte-order mark and a title", "\uFEFFWEBVTT Episode 3\r\n\r\n00:01.000 --> 00:02.000\r\nHi\r\n", "vtt"],
    ["numbered SRT", "1\n00:00:01,000 --> 00:00:02,000\nHi\n", "srt"],
    ["SRT without numbers", "\n\n00:00:01,000 --> 00:00:02,000\nHi\n", "srt"],
    ["numbered SRT with full stops", "1\n00:00:01.000 --> 00:00:02.000\nHi\n", "srt"],
    ["WebVTT missing its header", "00:00:01.000 --> 00:00:02.000\nHi\n", "vtt"],
    ["timestamped text", "[00:00:00] Ann: Hi\n", "text"],
    ["anything else", '{"version":"1.0.0"}', "text"],
  ])("%s", (_name, input, format) => {
    expect(detectTranscriptFormat(input)).toBe(format);
    expect(parseTranscript(input, "auto").format).toBe(format);
  });

  it("reports a headerless WebVTT file by its first line", () => {
    expect(expectErrors("00:00:01.000 --> 00:00:02.000\nHi\n", "auto")).toEqual([
      [1, "Line 1: a WebVTT file must start with “WEBVTT” on its first line."],
    ]);
  });

  it("returns segments without the line numbers used for messages", () => {
    expect(parseTranscript("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", "vtt")).toStrictEqual({
      ok: true,
      format: "vtt",
      segments: [seg(1000, 2000, "", "Hi")],
    });
  });
});

describe("what any input must satisfy", () => {
  it.each([
    ["empty", ""],
    ["blank", " \n\r\n\t\n"],
    ["a byte-order mark alone", "\uFEFF"],
  ])("an %s file is reported", (_name, input) => {
    for (const format of ["vtt", "srt", "text", "auto"] as const)
      expect(expectErrors(input, format)).toEqual([[1, "Line 1: the file is empty."]]);
  });

  it("rejects NUL and other control characters on their lines, tabs allowed", () => {
    const input = file(
      "WEBVTT",
      "",
      "00:01.000 --> 00:02.000",
      "tab\tok",
      "",
      "00:02.000 --> 00:03.000",
      "nul\u0000here",
      "bell\u0007 and escape\u001B",
      "next\u0085line",
    );
    expect(expectErrors(input, "auto")).toEqual([
      [7, "Line 7: contains an invisible control character (U+0000); the file may be damaged or not a text file."],
      [8, "Line 8: contains an invisible control character (U+0007); the file may be damaged or not a text file."],
      [9, "Line 9: contains an invisible control character (U+0085); the file may be damaged or not a text file."],
    ]);
  });

  it("accepts a file of exactly 2 MB and refuses one byte more, counting UTF-8 bytes", () => {
    const head = vtt(cue(0, "é 😀"));
    const headBytes = new TextEncoder().encode(head).length;
    const note = (bytes: number) => `\nNOTE ${"x".repeat(bytes - "\nNOTE \n".length)}\n`;
    const exact = head + note(TRANSCRIPT_LIMITS.maxBytes - headBytes);
    expect(new TextEncoder().encode(exact).length).toBe(TRANSCRIPT_LIMITS.maxBytes);
    expect(expectSegments(exact, "vtt")).toEqual([seg(0, 1000, "", "é 😀")]);
    const over = head + note(TRANSCRIPT_LIMITS.maxBytes - headBytes - 1) + "é"; // one 1-byte x swapped for a 2-byte é
    expect(expectErrors(over, "vtt")).toEqual([[1, "Line 1: the file is larger than 2 MB, the most we accept."]]);
    expect(expectErrors("a".repeat(50 * 1024 * 1024), "auto")).toEqual([[1, "Line 1: the file is larger than 2 MB, the most we accept."]]);
  });

  it("accepts 10,000 segments and refuses the 10,001st, on its line", () => {
    const cues = Array.from({ length: TRANSCRIPT_LIMITS.maxSegments + 1 }, (_, index) => cue(index));
    expect(expectSegments(vtt(...cues.slice(0, -1)), "vtt")).toHaveLength(TRANSCRIPT_LIMITS.maxSegments);
    const lastTimingLine = 3 + TRANSCRIPT_LIMITS.maxSegments * 3;
    expect(expectErrors(vtt(...cues), "vtt")).toEqual([
      [lastTimingLine, `Line ${lastTimingLine}: the transcript has more than 10,000 cues, the most we accept.`],
    ]);
  });

  it("limits text to 5,000 characters and speakers to 100, counting an emoji as one", () => {
    const longest = "😀".repeat(TRANSCRIPT_LIMITS.maxTextChars);
    const name = "N".repeat(TRANSCRIPT_LIMITS.maxSpeakerChars);
    expect(expectSegments(toWebVtt([seg(0, 1000, name, longest)]), "vtt")).toEqual([seg(0, 1000, name, longest)]);
    expect(expectErrors(toWebVtt([seg(0, 1000, `${name}N`, `${longest}!`)]), "vtt")).toEqual([
      [3, "Line 3: the text is 5,001 characters long; the limit is 5,000."],
      [3, "Line 3: the speaker name is 101 characters long; the limit is 100."],
    ]);
  });

  it(`lists at most ${TRANSCRIPT_LIMITS.maxErrors} problems, the first ones, in line order`, () => {
    const cues = Array.from({ length: 40 }, (_, index) => cue(index, index % 2 ? "" : "fine"));
    const errors = expectErrors(toSrt([seg(0, 1000, "", "x")]) + "\ngarbage\n\n" + vtt(...cues).replace("WEBVTT\n", ""), "srt");
    expect(errors).toHaveLength(TRANSCRIPT_LIMITS.maxErrors);
    expect(errors[0]).toEqual([
      5,
      "Line 5: expected a subtitle number or a timing line such as 00:00:01,000 --> 00:00:04,000, but found “garbage”.",
    ]);
    expect(errors.map(([line]) => line)).toEqual([...errors.map(([line]) => line)].sort((a, b) => a - b));
  });
});

// Patterns that backtrack take time that grows with the square of a line's length: at this
// size, minutes (and hours at the 2 MB limit); read linearly, milliseconds.
describe("hostile input is read in linear time", () => {
  const size = 200_000;
  const quickly = (work: () => unknown) => {
    const started = performance.now();
    work();
    expect(performance.now() - started).toBeLessThan(1000);
  };

  it.each([
    ["vtt", `WEBVTT\n\n00:01.000 --> 00:02.000\n${"<".repeat(size)}`],
    ["vtt", `WEBVTT\n\n00:01.000 --> 00:02.000\n<v ${" ".repeat(size)}x`],
    ["vtt", `WEBVTT\n\n${"-->".repeat(size / 3)}`],
    ["srt", `1\n00:00:01,000 --> 00:00:02,000\n${"{\\".repeat(size / 2)}`],
    ["srt", `1\n00:00:01,000 --> 00:00:02,000\n${"<font ".repeat(size / 6)}`],
    ["srt", `1\n00:00:01,000 --> 00:00:02,000\nA${" ".repeat(size)}:`],
    ["text", `[00:00:00] Ann: hi\nA${" ".repeat(size)}B`],
    ["text", `[00:00:00] Ann: hi\nA${" ".repeat(size)}B:`],
    ["text", `[00:00:00] ${"1:".repeat(size / 2)}`],
  ] as const)("%s, case %#", (format, input) => {
    quickly(() => parseTranscript(input, format));
  });

  it("writes a segment with long runs of spaces", () => {
    const segments = [seg(0, 1000, "", `a${" ".repeat(size)}b`)];
    quickly(() => toWebVtt(segments));
    quickly(() => toSrt(segments));
  });
});
