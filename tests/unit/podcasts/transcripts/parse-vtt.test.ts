import { describe, expect, it } from "vitest";
import { expectErrors, expectSegments, file, seg } from "./helpers";

// WebVTT as podcast tools and YouTube write it, read through the public API.

describe("reading WebVTT", () => {
  it("reads the Podcasting 2.0 example: voice spans give the speaker, cues without one have none", () => {
    const input = file(
      "WEBVTT",
      "",
      "00:00:00.000 --> 00:00:05.000",
      "<v John>Podcasting 2.0 is really changing the game.",
      "",
      "00:00:05.000 --> 00:00:10.000",
      "<v Tom>Yeah, absolutely. The new features are incredible.",
      "",
      "00:00:10.000 --> 00:00:15.000",
      "It's amazing how it's empowering creators like never before.",
      "",
    );
    expect(expectSegments(input, "vtt")).toEqual([
      seg(0, 5000, "John", "Podcasting 2.0 is really changing the game."),
      seg(5000, 10000, "Tom", "Yeah, absolutely. The new features are incredible."),
      seg(10000, 15000, "", "It's amazing how it's empowering creators like never before."),
    ]);
  });

  it("reads a YouTube-style file: header metadata, STYLE block, cue settings, word timestamps, blank-looking lines", () => {
    const input = file(
      "WEBVTT",
      "Kind: captions",
      "Language: en",
      "",
      "STYLE",
      "::cue { color: yellow }",
      "",
      "00:00:00.160 --> 00:00:02.990 align:start position:0%",
      " ",
      "welcome<00:00:00.480><c> back</c><00:00:00.800><c> to</c><00:00:01.120><c> the</c><00:00:01.440><c> channel</c>",
      "",
      "00:00:02.990 --> 00:00:05.120 align:start position:0%",
      "welcome back to the channel",
      "today<00:00:03.300><c.colorE5E5E5> we</c><00:00:03.600><c> look</c>",
      "",
    );
    expect(expectSegments(input, "auto")).toEqual([
      seg(160, 2990, "", "welcome back to the channel"),
      seg(2990, 5120, "", "welcome back to the channel today we look"),
    ]);
  });

  it.each([
    ["byte-order mark and CRLF", "\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.500\r\n<v Ann>Hello\r\n", [seg(1000, 2500, "Ann", "Hello")]],
    ["CR line endings", "WEBVTT\r\r00:01.000 --> 00:02.000\rHello\r", [seg(1000, 2000, "", "Hello")]],
    [
      "text after WEBVTT, NOTE and REGION blocks",
      file(
        "WEBVTT - Episode 12",
        "",
        "NOTE edited by hand",
        "00:00:01.000 --> bogus",
        "",
        "REGION",
        "id:fred",
        "",
        "00:00:01.000 --> 00:00:02.000",
        "Hi",
      ),
      [seg(1000, 2000, "", "Hi")],
    ],
    [
      "cue identifiers, numeric and named",
      file("WEBVTT", "", "1", "00:00:01.000 --> 00:00:02.000", "One", "", "intro-2", "00:00:02.000 --> 00:00:03.000", "Two"),
      [seg(1000, 2000, "", "One"), seg(2000, 3000, "", "Two")],
    ],
    ["the short mm:ss form beside hh:mm:ss", file("WEBVTT", "", "59:59.999 --> 01:40:00.000", "Long"), [seg(3599999, 6000000, "", "Long")]],
    [
      "multi-line text joined with a space",
      file("WEBVTT", "", "00:01.000 --> 00:02.000", "<v Ann>First line", "  second   line  "),
      [seg(1000, 2000, "Ann", "First line second line")],
    ],
    [
      "<v.class Name> with closing tag, other tags stripped",
      file(
        "WEBVTT",
        "",
        "00:01.000 --> 00:02.000",
        "<v.loud.fast Bob Smith>Hi <b>there</b>, <i>you</i> <u>all</u> <lang fr>merci</lang></v>",
      ),
      [seg(1000, 2000, "Bob Smith", "Hi there, you all merci")],
    ],
    [
      "the first voice names the cue",
      file("WEBVTT", "", "00:01.000 --> 00:02.000", "<v Ann>Hi</v> <v Bob>Hello</v>"),
      [seg(1000, 2000, "Ann", "Hi Hello")],
    ],
    [
      "ruby keeps the base text",
      file("WEBVTT", "", "00:01.000 --> 00:02.000", "<ruby>東京<rt>とうきょう</rt></ruby>に行く"),
      [seg(1000, 2000, "", "東京に行く")],
    ],
    [
      "character references",
      file("WEBVTT", "", "00:01.000 --> 00:02.000", "<v Ann &amp; Bob>a &amp; b &lt;c&gt; d&nbsp;e &lrm;f&rlm; &#39;g&#x27; &#x1F600;"),
      [seg(1000, 2000, "Ann & Bob", "a & b <c> d\u00A0e \u200Ef\u200F 'g' 😀")],
    ],
    ["an unescaped < that opens no tag stays", file("WEBVTT", "", "00:01.000 --> 00:02.000", "3 < 4"), [seg(1000, 2000, "", "3 < 4")]],
    ["a cue right under the header", file("WEBVTT", "00:01.000 --> 00:02.000", "Hi"), [seg(1000, 2000, "", "Hi")]],
    [
      "a missing blank line between cues",
      file("WEBVTT", "", "00:01.000 --> 00:02.000", "One", "00:02.000 --> 00:03.000", "Two"),
      [seg(1000, 2000, "", "One"), seg(2000, 3000, "", "Two")],
    ],
    [
      "overlapping cues and equal starts",
      file("WEBVTT", "", "00:01.000 --> 00:05.000", "A", "", "00:01.000 --> 00:02.000", "B"),
      [seg(1000, 5000, "", "A"), seg(1000, 2000, "", "B")],
    ],
    [
      "emoji, Arabic and Chinese",
      file(
        "WEBVTT",
        "",
        "00:01.000 --> 00:02.000",
        "<v محمد الأمين>مرحبا بكم 🎙️",
        "",
        "00:02.000 --> 00:03.000",
        "<v 王小明>欢迎收听，今天我们谈谈非洲。",
      ),
      [seg(1000, 2000, "محمد الأمين", "مرحبا بكم 🎙️"), seg(2000, 3000, "王小明", "欢迎收听，今天我们谈谈非洲。")],
    ],
  ])("reads %s", (_name, input, expected) => {
    expect(expectSegments(input, "vtt")).toEqual(expected);
  });
});

describe("WebVTT problems name their lines", () => {
  it.each([
    ["no header", file("00:01.000 --> 00:02.000", "Hi"), [[1, "Line 1: a WebVTT file must start with “WEBVTT” on its first line."]]],
    [
      "end before start",
      file("WEBVTT", "", "00:00:00.000 --> 00:00:01.000", "ok", "", "00:01:05.000 --> 00:01:02.000", "back"),
      [[6, "Line 6: the end time 00:01:02.000 is before the start time 00:01:05.000."]],
    ],
    [
      "end equal to start",
      file("WEBVTT", "", "00:00:03.000 --> 00:00:03.000", "x"),
      [[3, "Line 3: the cue ends at the moment it starts (00:00:03.000); its end time must be later."]],
    ],
    [
      "out of order",
      file("WEBVTT", "", "00:00:05.000 --> 00:00:06.000", "b", "", "00:00:01.000 --> 00:00:02.000", "a"),
      [[6, "Line 6: this cue starts at 00:00:01.000, before the cue on line 3 (00:00:05.000); cues must be in time order."]],
    ],
    [
      "comma milliseconds",
      file("WEBVTT", "", "00:00:01,000 --> 00:00:02.000", "x"),
      [[3, "Line 3: “00:00:01,000” is not a time; WebVTT uses a full stop before the milliseconds, like 00:01:23.456."]],
    ],
    [
      "seconds past 59",
      file("WEBVTT", "", "00:00:61.000 --> 00:01:02.000", "x"),
      [[3, "Line 3: “00:00:61.000” is not a time: minutes and seconds go up to 59."]],
    ],
    [
      "minutes past 59 without hours",
      file("WEBVTT", "", "75:00.000 --> 76:00.000", "x"),
      [
        [3, "Line 3: “75:00.000” is not a time: minutes and seconds go up to 59."],
        [3, "Line 3: “76:00.000” is not a time: minutes and seconds go up to 59."],
      ],
    ],
    [
      "a negative time",
      file("WEBVTT", "", "-00:00:01.000 --> 00:00:02.000", "x"),
      [[3, "Line 3: “-00:00:01.000” is not a time; WebVTT times look like 00:01:23.456 or 01:23.456."]],
    ],
    [
      "garbage timing",
      file("WEBVTT", "", "00:01.000 -->", "x"),
      [[3, "Line 3: the timing “00:01.000 -->” should look like 00:00:01.000 --> 00:00:04.000."]],
    ],
    [
      "a block that isn't a cue",
      file("WEBVTT", "", "Chapter one", "Welcome all", "", "00:01.000 --> 00:02.000", "x"),
      [[3, "Line 3: expected a cue timing such as 00:00:01.000 --> 00:00:04.000, but found “Chapter one”."]],
    ],
    [
      "a cue with no text",
      file("WEBVTT", "", "00:01.000 --> 00:02.000", "", "00:02.000 --> 00:03.000", "<v Ann></v>"),
      [
        [3, "Line 3: this cue has no text."],
        [5, "Line 5: this cue has no text."],
      ],
    ],
    [
      "a time past the limit",
      file("WEBVTT", "", "100:00:00.000 --> 100:00:01.000", "x"),
      [[3, "Line 3: 100:00:01.000 is later than the latest time we accept (99:59:59.999)."]],
    ],
    [
      "a control character spelled as a reference",
      file("WEBVTT", "", "00:01.000 --> 00:02.000", "bell&#7;"),
      [[3, "Line 3: the cue contains an invisible control character (U+0007)."]],
    ],
    ["a header and nothing else", "WEBVTT\n", [[1, "Line 1: the file has no cues."]]],
  ])("%s", (_name, input, expected) => {
    expect(expectErrors(input, "vtt")).toEqual(expected);
  });

  it("reports several problems at once, in line order", () => {
    const input = file(
      "WEBVTT", // 1
      "",
      "00:00:05.000 --> 00:00:02.000", // 3: end before start
      "A",
      "",
      "00:00:x --> 00:00:09.000", // 6: bad time
      "broken",
      "",
      "garbage", // 9: not a cue
      "more",
      "",
      "00:00:06.000 --> 00:00:07.000", // 12: fine
      "fine",
      "",
      "00:00:01.000 --> 00:00:03.000", // 15: out of order, no text
      "",
    );
    expect(expectErrors(input, "vtt").map(([line]) => line)).toEqual([3, 6, 9, 15, 15]);
  });
});
