import { describe, expect, it } from "vitest";
import { sniffImageKind } from "@/lib/desk/authors/image-type";
import { M4A, MP3, sniffAudioKind } from "@/lib/desk/episodes/audio-type";
import { IMAGE_HEADERS, makeM4a, makeMp3 } from "../../support/media-fixtures";

describe("sniffAudioKind", () => {
  it("knows an MP3 by its first frame header, or by an ID3 tag in front of it", () => {
    expect(sniffAudioKind(makeMp3(0.2))).toEqual(MP3);
    expect(sniffAudioKind(makeMp3(0.2, { id3: true }))).toEqual(MP3);
  });

  it("knows an M4A by its ftyp box with an audio brand", () => {
    expect(sniffAudioKind(makeM4a(1))).toEqual(M4A);
    expect(sniffAudioKind(makeM4a(1, { brand: "mp42" }))).toEqual(M4A);
  });

  it.each([
    ["a WAV file", Buffer.concat([Buffer.from("RIFF\0\0\0\0WAVEfmt "), Buffer.alloc(40)])],
    ["an Ogg file", Buffer.concat([Buffer.from("OggS"), Buffer.alloc(40)])],
    ["a PNG renamed .mp3", IMAGE_HEADERS.png],
    ["HTML", Buffer.from("<!doctype html><script>alert(1)</script>")],
    ["a QuickTime movie", Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from("ftypqt  \0\0\0\0qt  "), Buffer.alloc(8)])],
    ["an ftyp box too small to be one", Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from("ftypM4A "), Buffer.alloc(8)])],
    ["an MPEG layer II frame (not MP3)", Buffer.from([0xff, 0xfc, 0x90, 0x00])],
    ["a frame header with a reserved version", Buffer.from([0xff, 0xea, 0x90, 0x00])],
    ["a frame header with a bad bitrate", Buffer.from([0xff, 0xfb, 0xf0, 0x00])],
    ["an ID3 header with an impossible size", Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0xff, 0, 0, 0])],
    ["nothing", Buffer.alloc(0)],
    ["three bytes", Buffer.from([0xff, 0xfb, 0x90])],
  ])("refuses %s", (_label, bytes) => {
    expect(sniffAudioKind(bytes)).toBeNull();
  });
});

describe("sniffImageKind", () => {
  it("knows JPEG, PNG and WebP by their magic numbers", () => {
    expect(sniffImageKind(IMAGE_HEADERS.jpeg)?.contentType).toBe("image/jpeg");
    expect(sniffImageKind(IMAGE_HEADERS.png)?.contentType).toBe("image/png");
    expect(sniffImageKind(IMAGE_HEADERS.webp)?.contentType).toBe("image/webp");
  });

  it.each([
    ["an SVG (which can carry script)", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["a GIF", Buffer.from("GIF89a\0\0\0\0\0\0")],
    ["a RIFF that is not WebP", Buffer.from("RIFF\0\0\0\0WAVEfmt ")],
    ["an MP3", makeMp3(0.1)],
    ["two bytes of a JPEG", Buffer.from([0xff, 0xd8])],
  ])("refuses %s", (_label, bytes) => {
    expect(sniffImageKind(bytes)).toBeNull();
  });
});
