import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importTranscript, renameSpeaker, saveTranscriptSegments, setTranscriptAccess } from "@/lib/desk/episodes/episode-transcript";
import { auditActions, createEditor, createEpisode, segmentsOf } from "./support";

afterAll(() => db.$disconnect());

const VTT = `WEBVTT

00:00:00.000 --> 00:00:04.000
<v Amara>Welcome to the programme.

00:00:04.000 --> 00:00:09.500
<v Tomás>Thanks for having me.
`;

const FIRST = [
  { startMs: 0, endMs: 1000, speaker: "Old", text: "One." },
  { startMs: 1000, endMs: 2000, speaker: "Old", text: "Two." },
  { startMs: 2000, endMs: 3000, speaker: "Old", text: "Three." },
];

async function episodeWithTranscript() {
  const editor = await createEditor();
  const episode = await createEpisode();
  await db.transcript.create({
    data: { episodeId: episode.id, access: "SUBSCRIBER", segments: { create: FIRST.map((s, position) => ({ ...s, position })) } },
  });
  return { editor, episode };
}

describe("importing a transcript", () => {
  it("into an episode without one saves its timed segments with speakers, and records who did it", async () => {
    const editor = await createEditor();
    const episode = await createEpisode();
    const outcome = await importTranscript(editor.id, episode.id, {
      source: VTT,
      format: "auto",
      access: "REGISTERED",
      confirmReplace: false,
    });
    expect(outcome).toEqual({ kind: "saved", count: 2 });
    expect(await segmentsOf(episode.id)).toEqual([
      { startMs: 0, endMs: 4000, speaker: "Amara", text: "Welcome to the programme." },
      { startMs: 4000, endMs: 9500, speaker: "Tomás", text: "Thanks for having me." },
    ]);
    expect((await db.transcript.findUniqueOrThrow({ where: { episodeId: episode.id } })).access).toBe("REGISTERED");
    expect(await auditActions(`PodcastEpisode:${episode.id}`)).toEqual(["episode.transcript-import"]);
  });

  it("over an existing one shows a preview first and changes nothing until confirmed", async () => {
    const { editor, episode } = await episodeWithTranscript();
    const preview = await importTranscript(editor.id, episode.id, { source: VTT, format: "vtt", access: "FREE", confirmReplace: false });
    expect(preview).toMatchObject({ kind: "preview", replaces: 3, segments: [{ speaker: "Amara" }, { speaker: "Tomás" }] });
    expect(await segmentsOf(episode.id)).toEqual(FIRST);

    expect(await importTranscript(editor.id, episode.id, { source: VTT, format: "vtt", access: "FREE", confirmReplace: true })).toEqual({
      kind: "saved",
      count: 2,
    });
    expect((await segmentsOf(episode.id)).map((s) => s.speaker)).toEqual(["Amara", "Tomás"]);
    // An existing transcript keeps its own access level.
    expect((await db.transcript.findUniqueOrThrow({ where: { episodeId: episode.id } })).access).toBe("SUBSCRIBER");
  });

  it("that is malformed lists the lines at fault and saves nothing", async () => {
    const { editor, episode } = await episodeWithTranscript();
    const broken = VTT.replace("00:00:04.000 --> 00:00:09.500", "00:00:04,000 --> 00:00:09.500");
    const outcome = await importTranscript(editor.id, episode.id, { source: broken, format: "auto", access: "FREE", confirmReplace: true });
    expect(outcome.kind).toBe("invalid");
    expect(outcome.kind === "invalid" && outcome.errors[0]).toMatch(/^Line 6: .*full stop before the milliseconds/);
    expect(await segmentsOf(episode.id)).toEqual(FIRST);
    expect(await auditActions(`PodcastEpisode:${episode.id}`)).toEqual([]);
  });

  it("that runs past the end of the audio is refused, naming the segment", async () => {
    const editor = await createEditor();
    const episode = await createEpisode({ durationSeconds: 5 });
    const outcome = await importTranscript(editor.id, episode.id, { source: VTT, format: "vtt", access: "FREE", confirmReplace: true });
    expect(outcome).toEqual({
      kind: "invalid",
      errors: [expect.stringMatching(/^Segment 2 ends at 00:00:09.500, after the end of the audio/)],
    });
    expect(await segmentsOf(episode.id)).toEqual([]);
  });
});

describe("saving the segment table", () => {
  it("replaces the segments all at once: a write that fails half-way leaves the old transcript whole", async () => {
    const { editor, episode } = await episodeWithTranscript();
    const { updatedAt } = await db.transcript.findUniqueOrThrow({ where: { episodeId: episode.id } });
    // PostgreSQL refuses a NUL in text: the insert fails after the old segments were deleted.
    const poisoned = [
      { startMs: 0, endMs: 500, speaker: "New", text: "fine" },
      { startMs: 500, endMs: 900, speaker: "New", text: "bad\u0000" },
    ];
    await expect(saveTranscriptSegments(editor.id, episode.id, poisoned, updatedAt.toISOString())).rejects.toThrow();
    expect(await segmentsOf(episode.id)).toEqual(FIRST);
    expect(await auditActions(`PodcastEpisode:${episode.id}`)).toEqual([]);
  });

  it("refuses to overwrite a change made after the editor opened the table", async () => {
    const { editor, episode } = await episodeWithTranscript();
    const { updatedAt } = await db.transcript.findUniqueOrThrow({ where: { episodeId: episode.id } });
    const mine = [{ startMs: 0, endMs: 500, speaker: "Mine", text: "Mine." }];
    const theirs = [{ startMs: 0, endMs: 500, speaker: "Theirs", text: "Theirs." }];
    expect(await saveTranscriptSegments(editor.id, episode.id, theirs, updatedAt.toISOString())).toEqual({ kind: "saved", count: 1 });
    expect(await saveTranscriptSegments(editor.id, episode.id, mine, updatedAt.toISOString())).toEqual({ kind: "conflict" });
    expect(await segmentsOf(episode.id)).toEqual(theirs);
  });

  it("two saves from the same version at once: one wins, the other is told", async () => {
    const { editor, episode } = await episodeWithTranscript();
    const { updatedAt } = await db.transcript.findUniqueOrThrow({ where: { episodeId: episode.id } });
    const versions = ["A", "B"].map((speaker) => [{ startMs: 0, endMs: 500, speaker, text: speaker }]);
    const outcomes = await Promise.all(
      versions.map((segments) => saveTranscriptSegments(editor.id, episode.id, segments, updatedAt.toISOString())),
    );
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["conflict", "saved"]);
    expect(await segmentsOf(episode.id)).toHaveLength(1);
  });
});

describe("speakers and access", () => {
  it("renames a speaker across the whole transcript", async () => {
    const { editor, episode } = await episodeWithTranscript();
    expect(await renameSpeaker(editor.id, episode.id, "Old", "Amara Okafor")).toBe(3);
    expect((await segmentsOf(episode.id)).every((s) => s.speaker === "Amara Okafor")).toBe(true);
    expect(await renameSpeaker(editor.id, episode.id, "Nobody", "X")).toBe(0);
    expect(await renameSpeaker(editor.id, (await createEpisode()).id, "Old", "X")).toBeNull();
  });

  it("changes who may read the transcript", async () => {
    const { editor, episode } = await episodeWithTranscript();
    expect(await setTranscriptAccess(editor.id, episode.id, "FREE")).toBe(true);
    expect((await db.transcript.findUniqueOrThrow({ where: { episodeId: episode.id } })).access).toBe("FREE");
    expect(await setTranscriptAccess(editor.id, (await createEpisode()).id, "FREE")).toBe(false);
  });
});
