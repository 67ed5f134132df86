import { describe, expect, it } from "vitest";
import { looksLikeSpeakerName } from "@/lib/podcasts/transcript-formats";
import { expectErrors, expectSegments, file, seg } from "./helpers";

describe("reading SRT", () => {
  it("reads a Buzzsprout-style export with a byte-order mark and CRLF line endings", () => {
    const input =
      "\uFEFF1\r\n00:00:00,000 --> 00:00:02,760\r\nSarah: In today's episode,\r\nyou'll learn whether or not you\r\n\r\n" +
      "2\r\n00:00:02,760 --> 00:00:06,090\r\nshould have a podcast trailer.\r\n\r\n" +
      "3\r\n00:00:19,080 --> 00:00:21,450\r\nGillian: Hi Buzzsprout, Gillian\r\nhere from Breaking Through\r\n\r\n";
    expect(expectSegments(input, "auto")).toEqual([
      seg(0, 2760, "Sarah", "In today's episode, you'll learn whether or not you"),
      seg(2760, 6090, "", "should have a podcast trailer."),
      seg(19080, 21450, "Gillian", "Hi Buzzsprout, Gillian here from Breaking Through"),
    ]);
  });

  it.each([
    [
      "missing and wrong numbers",
      file(
        "7",
        "00:00:01,000 --> 00:00:02,000",
        "One",
        "",
        "00:00:02,000 --> 00:00:03,000",
        "Two",
        "",
        "7",
        "00:00:03,000 --> 00:00:04,000",
        "Three",
      ),
      [seg(1000, 2000, "", "One"), seg(2000, 3000, "", "Two"), seg(3000, 4000, "", "Three")],
    ],
    [
      "a missing blank line between subtitles",
      file("1", "00:00:01,000 --> 00:00:02,000", "One", "2", "00:00:02,000 --> 00:00:03,000", "Two"),
      [seg(1000, 2000, "", "One"), seg(2000, 3000, "", "Two")],
    ],
    [
      "blank lines holding spaces, a full stop for the comma, coordinates after the timing",
      file("1", "00:00:01.000 --> 00:00:02,000  X1:40 X2:600 Y1:20 Y2:50", "One", "   ", "2", "00:00:02,000 --> 00:00:03,000", "Two"),
      [seg(1000, 2000, "", "One"), seg(2000, 3000, "", "Two")],
    ],
    [
      "formatting stripped, before and around the speaker",
      file("1", "00:00:01,000 --> 00:00:02,000", '{\\an8}<i>Ann:</i> <b>bold</b> <font color="#fff">white</font> <u>u</u>'),
      [seg(1000, 2000, "Ann", "bold white u")],
    ],
    [
      "a colon that isn't a speaker's",
      file(
        "1",
        "00:00:01,000 --> 00:00:02,000",
        "Meet at 10:30: sharp",
        "",
        "2",
        "00:00:02,000 --> 00:00:03,000",
        "so: what now?",
        "",
        "3",
        "00:00:03,000 --> 00:00:04,000",
        "The point is this: we lost.",
      ),
      [
        seg(1000, 2000, "", "Meet at 10:30: sharp"),
        seg(2000, 3000, "", "so: what now?"),
        seg(3000, 4000, "", "The point is this: we lost."),
      ],
    ],
    [
      "names with titles, initials, particles, digits and a note",
      file(
        "1",
        "00:00:01,000 --> 00:00:02,000",
        "Dr. Ann Lee: a",
        "",
        "2",
        "00:00:02,000 --> 00:00:03,000",
        "Jean de la Fontaine: b",
        "",
        "3",
        "00:00:03,000 --> 00:00:04,000",
        "SPEAKER_01: c",
        "",
        "4",
        "00:00:04,000 --> 00:00:05,000",
        "Ann (guest): d",
      ),
      [
        seg(1000, 2000, "Dr. Ann Lee", "a"),
        seg(2000, 3000, "Jean de la Fontaine", "b"),
        seg(3000, 4000, "SPEAKER_01", "c"),
        seg(4000, 5000, "Ann (guest)", "d"),
      ],
    ],
    [
      "Chinese with a full-width colon, Arabic, emoji",
      file("1", "00:00:01,000 --> 00:00:02,000", "主持人：欢迎收听。", "", "2", "00:00:02,000 --> 00:00:03,000", "محمد: أهلا وسهلا 👋"),
      [seg(1000, 2000, "主持人", "欢迎收听。"), seg(2000, 3000, "محمد", "أهلا وسهلا 👋")],
    ],
    [
      "text with & < --> kept as written",
      file("1", "00:00:01,000 --> 00:00:02,000", "Tom & Jerry: 3 < 4 --> &amp;"),
      [seg(1000, 2000, "Tom & Jerry", "3 < 4 --> &amp;")],
    ],
  ])("reads %s", (_name, input, expected) => {
    expect(expectSegments(input, "srt")).toEqual(expected);
  });

  it.each([
    ["Sarah", true],
    ["Samira Tedesco", true],
    ["Jean-Luc O'Brien", true],
    ["Zoë Ångström", true],
    ["王小明", true],
    ["Meet at 10", false],
    ["no, I said", false],
    ["so", false],
    ["No. I said", false],
    ["Ann?", false],
    ["One Two Three Four Five Six Seven", false],
    ["Abd al-Rahman", true],
    ["Ludwig van Beethoven", true],
    ["The point is this", false],
    ["bell hooks", false],
  ])("looksLikeSpeakerName(%j) is %s", (candidate, expected) => {
    expect(looksLikeSpeakerName(candidate)).toBe(expected);
  });
});

describe("SRT problems name their lines", () => {
  it.each([
    [
      "garbage between subtitles",
      file("1", "00:00:01,000 --> 00:00:02,000", "One", "", "lorem ipsum", "dolor", "", "3", "00:00:03,000 --> 00:00:04,000", "Three"),
      [[5, "Line 5: expected a subtitle number or a timing line such as 00:00:01,000 --> 00:00:04,000, but found “lorem ipsum”."]],
    ],
    [
      "a number without its timing",
      file("1", "00:00:01,000 --> 00:00:02,000", "One", "", "2", "Two without timing"),
      [[6, "Line 6: expected a timing line such as 00:00:01,000 --> 00:00:04,000, but found “Two without timing”."]],
    ],
    ["a number alone", file("1", "00:00:01,000 --> 00:00:02,000", "One", "", "2"), [[5, "Line 5: subtitle 2 has no timing line or text."]]],
    [
      "a malformed time",
      file("1", "00:00:01 --> 00:00:02,000", "One"),
      [[2, "Line 2: “00:00:01” is not a time; SRT times look like 00:01:23,456."]],
    ],
    [
      "end before start, with the brief's wording",
      file("1", "00:01:05,000 --> 00:01:02,000", "x"),
      [[2, "Line 2: the end time 00:01:02.000 is before the start time 00:01:05.000."]],
    ],
    [
      "out of order",
      file("1", "00:00:05,000 --> 00:00:06,000", "b", "", "2", "00:00:01,000 --> 00:00:02,000", "a"),
      [[6, "Line 6: this subtitle starts at 00:00:01.000, before the subtitle on line 2 (00:00:05.000); subtitles must be in time order."]],
    ],
    [
      "no text",
      file("1", "00:00:01,000 --> 00:00:02,000", "", "2", "00:00:02,000 --> 00:00:03,000", "<i></i>"),
      [
        [2, "Line 2: this subtitle has no text."],
        [5, "Line 5: this subtitle has no text."],
      ],
    ],
    ["a speaker with nothing to say", file("1", "00:00:01,000 --> 00:00:02,000", "Ann:"), [[2, "Line 2: this subtitle has no text."]]],
  ])("%s", (_name, input, expected) => {
    expect(expectErrors(input, "srt")).toEqual(expected);
  });
});
