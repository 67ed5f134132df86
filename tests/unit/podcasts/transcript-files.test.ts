import { describe, expect, it } from "vitest";
import { parseTranscript, toSrt, toTranscriptJson, toWebVtt, type TranscriptSegment } from "@/lib/podcasts/transcript-formats";

// What podcast apps get from the transcript files reads back to the same segments: WebVTT and
// SRT through the transcript parser, JSON (which it does not read) through JSON.parse.

const segments: TranscriptSegment[] = [
  { startMs: 0, endMs: 4200, speaker: "Samira Tedesco", text: "Debt & diplomacy: <the> \"quiet\" 'renegotiation' --> next" },
  { startMs: 4200, endMs: 9000, speaker: "حليمة", text: "الديون الصينية في أفريقيا 🎙️" },
  { startMs: 9000, endMs: 15_500, speaker: "马丽娜", text: "中国与全球南方：债务重组。" },
  { startMs: 15_500, endMs: 21_000, speaker: "", text: "Applause 👏 and a ZWJ family 👩‍👩‍👧" },
];

describe("transcript files round-trip", () => {
  it("WebVTT", () => {
    const parsed = parseTranscript(toWebVtt(segments), "vtt");
    expect(parsed.ok && parsed.segments).toEqual(segments);
  });

  it("SRT", () => {
    const parsed = parseTranscript(toSrt(segments), "srt");
    expect(parsed.ok && parsed.segments).toEqual(segments);
  });

  it("Podcasting 2.0 JSON", () => {
    const json = JSON.parse(toTranscriptJson(segments)) as { version: string; segments: Array<Record<string, unknown>> };
    expect(json.version).toBe("1.0.0");
    const back = json.segments.map((s) => ({
      startMs: Math.round((s.startTime as number) * 1000),
      endMs: Math.round((s.endTime as number) * 1000),
      speaker: (s.speaker as string | undefined) ?? "",
      text: s.body,
    }));
    expect(back).toEqual(segments);
  });
});
