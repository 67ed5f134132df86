import { describe, expect, it } from "vitest";
import { formatCueTime, toSrt, toTranscriptJson, toWebVtt, TRANSCRIPT_CONTENT_TYPES } from "@/lib/podcasts/transcript-formats";
import { file, seg } from "./helpers";

const segments = [
  seg(0, 2760, "Sarah", "In today's episode: trailers."),
  seg(2760, 6090, "", "Tom & Jerry say 3 < 4 --> 5 > 2"),
  seg(3_723_004, 3_725_500, "A&B <Co>", "مرحبا 你好 😀"),
];

describe("writing transcripts", () => {
  it("writes WebVTT: voice spans for speakers, &, <, > and --> escaped, hh:mm:ss.mmm times", () => {
    expect(toWebVtt(segments)).toBe(
      file(
        "WEBVTT",
        "",
        "00:00:00.000 --> 00:00:02.760",
        "<v Sarah>In today's episode: trailers.",
        "",
        "00:00:02.760 --> 00:00:06.090",
        "Tom &amp; Jerry say 3 &lt; 4 --&gt; 5 &gt; 2",
        "",
        "01:02:03.004 --> 01:02:05.500",
        "<v A&amp;B &lt;Co&gt;>مرحبا 你好 😀",
        "",
      ),
    );
  });

  it("writes SRT: numbered, comma milliseconds, “Speaker: ” prefixes", () => {
    expect(toSrt(segments)).toBe(
      file(
        "1",
        "00:00:00,000 --> 00:00:02,760",
        "Sarah: In today's episode: trailers.",
        "",
        "2",
        "00:00:02,760 --> 00:00:06,090",
        "Tom & Jerry say 3 < 4 --> 5 > 2",
        "",
        "3",
        "01:02:03,004 --> 01:02:05,500",
        "A&B <Co>: مرحبا 你好 😀",
        "",
      ),
    );
  });

  it("writes the Podcasting 2.0 JSON transcript: version 1.0.0, seconds as numbers, no speaker field when unknown", () => {
    const json = toTranscriptJson(segments);
    expect(json).toBe(
      '{"version":"1.0.0","segments":[' +
        '{"speaker":"Sarah","startTime":0,"endTime":2.76,"body":"In today\'s episode: trailers."},' +
        '{"startTime":2.76,"endTime":6.09,"body":"Tom & Jerry say 3 < 4 --> 5 > 2"},' +
        '{"speaker":"A&B <Co>","startTime":3723.004,"endTime":3725.5,"body":"مرحبا 你好 😀"}]}',
    );
    expect(JSON.parse(json).segments[2].startTime).toBe(3723.004);
  });

  it("keeps each segment on one line, so a line break in the text can't end a cue early", () => {
    const broken = [seg(0, 1000, "Ann\nLee", "one\n\ntwo\r\nthree")];
    expect(toWebVtt(broken)).toBe(file("WEBVTT", "", "00:00:00.000 --> 00:00:01.000", "<v Ann Lee>one two three", ""));
    expect(toSrt(broken)).toBe(file("1", "00:00:00,000 --> 00:00:01,000", "Ann Lee: one two three", ""));
  });

  it("writes empty transcripts as valid empty files", () => {
    expect(toWebVtt([])).toBe("WEBVTT\n");
    expect(toSrt([])).toBe("");
    expect(toTranscriptJson([])).toBe('{"version":"1.0.0","segments":[]}');
  });

  it.each([
    [0, "00:00:00.000"],
    [1, "00:00:00.001"],
    [59_999, "00:00:59.999"],
    [3_600_000, "01:00:00.000"],
    [359_999_999, "99:59:59.999"],
    [360_000_000, "100:00:00.000"],
  ])("formats %i ms as %s", (ms, text) => {
    expect(formatCueTime(ms)).toBe(text);
    expect(formatCueTime(ms, ",")).toBe(text.replace(".", ","));
  });

  it("names the content types for <podcast:transcript>", () => {
    expect(TRANSCRIPT_CONTENT_TYPES).toEqual({ vtt: "text/vtt", srt: "application/x-subrip", json: "application/json" });
  });
});
