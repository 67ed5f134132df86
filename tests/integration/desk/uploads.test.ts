import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { uploadAuthorPhoto } from "@/lib/desk/authors/author-photo";
import { deleteAuthor } from "@/lib/desk/authors/authors";
import { uploadEpisodeAudio } from "@/lib/desk/episodes/episode-audio";
import { UPLOAD_MAX_BYTES } from "@/lib/http/request-checks";
import { getObjectStore } from "@/lib/storage/object-store";
import { IMAGE_HEADERS, makeM4a, makeMp3 } from "../../support/media-fixtures";
import { auditActions, createEditor, createEpisode } from "./support";

afterAll(() => db.$disconnect());

const objectsIn = (folder: string) => {
  const dir = path.join(getEnv().DISPATCH_DATA_DIR, "objects", folder);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

/** A request body as the upload route hands it over: a stream in small chunks. */
const streamOf = (bytes: Buffer) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 7_000) yield bytes.subarray(i, i + 7_000);
    })(),
  );

describe("uploading an episode's audio", () => {
  it("stores an MP3 under a random key with the size and length read from the file", async () => {
    const editor = await createEditor();
    const episode = await createEpisode({ audio: false, durationSeconds: 0 });
    const mp3 = makeMp3(3, { id3: true });
    const outcome = await uploadEpisodeAudio(editor.id, episode.id, streamOf(mp3), mp3.length);
    expect(outcome).toMatchObject({ ok: true, audio: { type: "audio/mpeg", bytes: mp3.length } });
    const saved = await db.podcastEpisode.findUniqueOrThrow({ where: { id: episode.id } });
    expect(saved).toMatchObject({ audioType: "audio/mpeg", audioBytes: mp3.length });
    // Three seconds of sound plus the encoder's padding frame, rounded up.
    expect([3, 4]).toContain(saved.durationSeconds);
    expect(saved.audioUrl).toMatch(/^\/media\/podcasts\/audio\/[0-9a-f-]{36}\.mp3$/);
    expect(await getObjectStore().stat(saved.audioUrl.slice("/media/".length))).toEqual({ size: mp3.length });
    expect(await auditActions(`PodcastEpisode:${episode.id}`)).toEqual(["episode.audio"]);
  });

  it("reads an M4A's length from its boxes, and replacing the audio removes the old file", async () => {
    const editor = await createEditor();
    const episode = await createEpisode({ audio: false, durationSeconds: 0 });
    const [mp3, m4a] = [makeMp3(1), makeM4a(125.2)];
    const first = await uploadEpisodeAudio(editor.id, episode.id, streamOf(mp3), mp3.length);
    const second = await uploadEpisodeAudio(editor.id, episode.id, streamOf(m4a), m4a.length);
    expect(second).toMatchObject({ ok: true, audio: { type: "audio/mp4", durationSeconds: 126 } });
    if (!first.ok) throw new Error("first upload failed");
    expect(await getObjectStore().stat(first.audio.url.slice("/media/".length))).toBeNull();
  });

  it.each([
    ["a text file renamed .mp3", Buffer.from("ID4 this is not audio at all, just text"), 415],
    ["a PNG", IMAGE_HEADERS.png, 415],
    ["an empty body", Buffer.alloc(0), 415],
    ["an M4A whose track tables are missing (the parser throws)", makeM4a(2).subarray(0, 300), 422],
    ["an M4A holding video", makeM4a(2, { handler: "vide" }), 422],
    ["MP3 frame headers with nothing playable after them", Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(200)]), 422],
  ])("refuses %s and keeps nothing", async (_label, bytes, status) => {
    const editor = await createEditor();
    const episode = await createEpisode({ audio: false, durationSeconds: 0 });
    const before = objectsIn("podcasts/audio").length;
    const outcome = await uploadEpisodeAudio(editor.id, episode.id, streamOf(bytes), bytes.length);
    expect(outcome).toMatchObject({ ok: false, status });
    expect(objectsIn("podcasts/audio")).toHaveLength(before);
    expect(await db.podcastEpisode.findUniqueOrThrow({ where: { id: episode.id } })).toMatchObject({ audioUrl: "", durationSeconds: 0 });
  });

  it("refuses audio for an episode that doesn't exist without storing it", async () => {
    const before = objectsIn("podcasts/audio").length;
    const mp3 = makeMp3(1);
    expect(await uploadEpisodeAudio((await createEditor()).id, "nosuchepisode", streamOf(mp3), mp3.length)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(objectsIn("podcasts/audio")).toHaveLength(before);
  });

  /** Sends the first `sent` bytes of `bytes`, then fails the way a dropped client connection does. */
  const droppedAfter = (bytes: Buffer, sent: number) =>
    Readable.from(
      (async function* () {
        yield bytes.subarray(0, sent);
        throw Object.assign(new Error("aborted"), { code: "ECONNRESET" });
      })(),
    );

  it.each([
    ["arrives shorter than its Content-Length", (mp3: Buffer) => [streamOf(mp3.subarray(0, mp3.length - 4_000)), mp3.length] as const, 400],
    ["is cut off by a dropped connection", (mp3: Buffer) => [droppedAfter(mp3, mp3.length / 2), mp3.length] as const, 400],
    ["declares more than the limit", (mp3: Buffer) => [streamOf(mp3), UPLOAD_MAX_BYTES + 1] as const, 413],
  ])("refuses audio that %s, keeping the episode as it was and nothing stored", async (_label, request, status) => {
    const editor = await createEditor();
    const episode = await createEpisode({ audio: false, durationSeconds: 0 });
    const before = objectsIn("podcasts/audio").length;
    const [body, declared] = request(makeMp3(3));
    expect(await uploadEpisodeAudio(editor.id, episode.id, body, declared)).toMatchObject({ ok: false, status });
    expect(objectsIn("podcasts/audio")).toHaveLength(before);
    expect(await db.podcastEpisode.findUniqueOrThrow({ where: { id: episode.id } })).toMatchObject({ audioUrl: "", durationSeconds: 0 });
  });
});

describe("authors", () => {
  it("get a photo checked by its magic number; anything else is refused", async () => {
    const editor = await createEditor();
    const author = await db.author.create({ data: { slug: `photo-${Date.now()}`, name: "Photo Test", location: "", bio: "" } });
    expect(await uploadAuthorPhoto(editor.id, author.id, streamOf(IMAGE_HEADERS.webp), IMAGE_HEADERS.webp.length)).toMatchObject({
      ok: true,
    });
    const { photoUrl } = await db.author.findUniqueOrThrow({ where: { id: author.id } });
    expect(photoUrl).toMatch(/^\/media\/authors\/[0-9a-f-]{36}\.webp$/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(await uploadAuthorPhoto(editor.id, author.id, streamOf(svg), svg.length)).toMatchObject({ ok: false, status: 415 });
    const huge = Buffer.concat([IMAGE_HEADERS.jpeg, Buffer.alloc(6 * 1024 * 1024)]);
    expect(await uploadAuthorPhoto(editor.id, author.id, streamOf(huge), huge.length)).toMatchObject({ ok: false, status: 413 });
    // A body that claims to be small is still cut off at the limit while it streams.
    expect(await uploadAuthorPhoto(editor.id, author.id, streamOf(huge), 1_000)).toMatchObject({ ok: false, status: 413 });
    expect((await db.author.findUniqueOrThrow({ where: { id: author.id } })).photoUrl).toBe(photoUrl);
    expect(objectsIn("authors")).toHaveLength(1);
  });

  it("can be deleted only while no article credits them", async () => {
    const editor = await createEditor();
    const section = await db.section.create({ data: { slug: `s-${Date.now()}`, label: "S", position: 99 } });
    const [busy, idle] = await Promise.all(
      ["busy", "idle"].map((name) => db.author.create({ data: { slug: `${name}-${Date.now()}`, name, location: "", bio: "" } })),
    );
    await db.article.create({
      data: {
        slug: `a-${Date.now()}`,
        title: "T",
        dek: "D",
        body: "B",
        sectionId: section.id,
        topics: [],
        authors: { connect: { id: busy.id } },
      },
    });
    expect(await deleteAuthor(editor.id, busy.id)).toBe("has-articles");
    expect(await db.author.findUnique({ where: { id: busy.id } })).not.toBeNull();
    expect(await deleteAuthor(editor.id, idle.id)).toBe("deleted");
    expect(await deleteAuthor(editor.id, idle.id)).toBe("missing");
    expect(await auditActions(`Author:${idle.id}`)).toEqual(["author.delete"]);
  });
});
