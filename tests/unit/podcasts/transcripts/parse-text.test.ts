import { describe, expect, it } from "vitest";
import { estimateSpokenMs } from "@/lib/podcasts/transcript-formats";
import { expectErrors, expectSegments, file, seg } from "./helpers";

// Timestamped plain text. Each segment ends where the next starts; the last ends at the
// episode's length when given, else after the time its words take to say.

describe("reading timestamped text", () => {
  it("reads a Descript-style export", () => {
    const input = file(
      "[00:00:00] Samira Tedesco: Welcome to Southbound. I'm Samira Tedesco.",
      "[00:00:07] Halima Mwangaza: Thanks for having me, Samira.",
      "It's good to be back in the studio.",
      "",
      "[00:00:15] Samira Tedesco: Let's start with the ports.",
    );
    expect(expectSegments(input, "auto", { totalDurationMs: 20_000 })).toEqual([
      seg(0, 7000, "Samira Tedesco", "Welcome to Southbound. I'm Samira Tedesco."),
      seg(7000, 15000, "Halima Mwangaza", "Thanks for having me, Samira. It's good to be back in the studio."),
      seg(15000, 20000, "Samira Tedesco", "Let's start with the ports."),
    ]);
  });

  it("reads an Otter-style export: speaker and time on one line, the text below", () => {
    const input = file(
      "Samira Tedesco  0:00",
      "Welcome to Southbound.",
      "Today we're in Nairobi.",
      "",
      "Halima Mwangaza  0:12",
      "Thanks for having me.",
      "",
    );
    expect(expectSegments(input, "text", { totalDurationMs: 15_000 })).toEqual([
      seg(0, 12000, "Samira Tedesco", "Welcome to Southbound. Today we're in Nairobi."),
      seg(12000, 15000, "Halima Mwangaza", "Thanks for having me."),
    ]);
  });

  it("reads a Rev-style export: “Speaker (00:00):” above the text", () => {
    const input = file("Samira Tedesco (00:00):", "Welcome.", "", "Halima Mwangaza (01:02:03):", "Thank you.");
    expect(expectSegments(input, "text", { totalDurationMs: 3_724_000 })).toEqual([
      seg(0, 3_723_000, "Samira Tedesco", "Welcome."),
      seg(3_723_000, 3_724_000, "Halima Mwangaza", "Thank you."),
    ]);
  });

  it("reads a pasted YouTube transcript: a time alone on a line, the text below", () => {
    const input = file("0:00", "welcome back to the channel", "0:04", "today we look at ports", "in East Africa");
    expect(expectSegments(input, "auto")).toEqual([
      seg(0, 4000, "", "welcome back to the channel"),
      seg(4000, 4000 + 8 * 400, "", "today we look at ports in East Africa"),
    ]);
  });

  it.each([
    ["[hh:mm:ss] Speaker: text", "[00:01:23] Ann Lee: Hello", seg(83_000, 90_000, "Ann Lee", "Hello")],
    ["hh:mm:ss Speaker: text", "00:01:23 Ann: Hello", seg(83_000, 90_000, "Ann", "Hello")],
    ["(m:ss) Speaker — text", "(1:23) Ann — Hello", seg(83_000, 90_000, "Ann", "Hello")],
    ["(m:ss) Speaker – text", "(1:23) Ann – Hello", seg(83_000, 90_000, "Ann", "Hello")],
    ["hh:mm:ss.f Speaker: text", "00:01:22.5 Ann: Hello", seg(82_500, 90_000, "Ann", "Hello")],
    ["hh:mm:ss - Speaker: text", "00:01:23 - Ann: Hello", seg(83_000, 90_000, "Ann", "Hello")],
    ["[mm:ss]Speaker: text", "[01:23]Ann: Hello", seg(83_000, 90_000, "Ann", "Hello")],
    ["minutes past 59 without hours", "75:10 Ann: Hello", seg(4_510_000, 4_515_000, "Ann", "Hello")],
    ["a time without a speaker", "[00:01:23] Hello there: how are you?", seg(83_000, 90_000, "", "Hello there: how are you?")],
    ["a colon in a sentence", "[00:01:23] The point is this: we lost.", seg(83_000, 90_000, "", "The point is this: we lost.")],
    ["Chinese with a full-width colon", "[00:01:23] 主持人：欢迎收听。", seg(83_000, 90_000, "主持人", "欢迎收听。")],
    ["Arabic and emoji", "[00:01:23] محمد: مرحبا 👋", seg(83_000, 90_000, "محمد", "مرحبا 👋")],
  ])("reads %s", (_name, line, expected) => {
    expect(expectSegments(line, "text", { totalDurationMs: expected.endMs })).toEqual([expected]);
  });

  it("takes a speaker alone on the line under a bare timestamp as that segment's speaker", () => {
    expect(expectSegments(file("[00:00:00]", "HOST:", "Welcome.", "[00:00:05] GUEST: Thanks."), "text", { totalDurationMs: 9000 })).toEqual(
      [seg(0, 5000, "HOST", "Welcome."), seg(5000, 9000, "GUEST", "Thanks.")],
    );
  });

  it("keeps a line that starts with a ratio as text", () => {
    expect(expectSegments(file("[00:00:00] Ann: The odds were", "2:1 against us."), "text", { totalDurationMs: 3000 })).toEqual([
      seg(0, 3000, "Ann", "The odds were 2:1 against us."),
    ]);
  });

  it.each([
    ["", 1000],
    ["Hi", 1000],
    ["one two three four five", 2000],
    ["欢迎收听今天的节目", 1800],
    ["Intro: 欢迎收听", 1200],
  ])("estimates %j takes %i ms to say", (text, ms) => {
    expect(estimateSpokenMs(text)).toBe(ms);
  });
});

describe("timestamped text problems name their lines", () => {
  it.each([
    [
      "a title before the first timestamp, reported once",
      file("Episode 12: The Road", "Recorded in Nairobi", "[00:00:00] Ann: Hi"),
      [
        [
          1,
          "Line 1: this text comes before the first timestamp; every segment needs a start time, like [00:00:00] at the start of its line.",
        ],
      ],
    ],
    [
      "a speaker without a timestamp in the middle",
      file("[00:00:00] HOST: Welcome.", "GUEST:", "Thanks."),
      [[2, "Line 2: “GUEST:” names a speaker but has no timestamp, so we can't tell when they start; add one, like [00:01:23] GUEST: …"]],
    ],
    [
      "a speaker alone at the top",
      file("HOST:", "[00:00:00] Welcome."),
      [[1, "Line 1: “HOST:” names a speaker but has no timestamp, so we can't tell when they start; add one, like [00:01:23] HOST: …"]],
    ],
    [
      "an impossible time; its text is dropped, not joined to the segment above",
      file("[00:00:00] Ann: Hi", "[00:01:75] Bob: Hello", "and more"),
      [[2, "Line 2: “00:01:75” is not a time: minutes and seconds go up to 59."]],
    ],
    [
      "two segments at the same time",
      file("[00:00:05] Ann: Hi", "[00:00:05] Bob: Hello"),
      [[2, "Line 2: starts at 00:00:05.000, the same time as the segment on line 1; give it a later time or merge the two."]],
    ],
    [
      "out of order",
      file("[00:00:05] Ann: Hi", "", "[00:00:01] Bob: Hello"),
      [[3, "Line 3: this segment starts at 00:00:01.000, before the segment on line 1 (00:00:05.000); segments must be in time order."]],
    ],
    ["a timestamp with no text", file("[00:00:00] Ann:", "[00:00:05] Bob: Hello"), [[1, "Line 1: this segment has no text."]]],
    [
      "the last segment starting after the episode ends",
      file("[00:00:00] Ann: Hi", "[00:10:00] Bob: Bye"),
      [[2, "Line 2: starts at 00:10:00.000, but the episode is only 00:05:00.000 long."]],
    ],
    [
      "text only",
      file("Just some words", "and more words"),
      [
        [
          1,
          "Line 1: this text comes before the first timestamp; every segment needs a start time, like [00:00:00] at the start of its line.",
        ],
      ],
    ],
  ])("%s", (_name, input, expected) => {
    expect(expectErrors(input, "text", { totalDurationMs: 300_000 })).toEqual(expected);
  });
});
