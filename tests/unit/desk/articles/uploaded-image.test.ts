import { describe, expect, it } from "vitest";
import { detectImage } from "@/lib/desk/articles/uploaded-image";

// Tiny real images, written out byte by byte.
const PNG_1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const GIF_1x1 = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const WEBP_2x3 = Buffer.concat([
  Buffer.from("RIFF"),
  Buffer.from([0x1a, 0, 0, 0]),
  Buffer.from("WEBPVP8L"),
  Buffer.from([0x0d, 0, 0, 0, 0x2f]),
  // 14-bit width-1 and height-1: 1 and 2.
  Buffer.from([0x01, 0x80, 0x00, 0x00, 0x00]),
  Buffer.alloc(8),
]);

function jpeg(width: number, height: number): Buffer {
  const sof = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x03,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]);
  const jfif = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, sof, Buffer.from([0xff, 0xd9])]);
}

describe("what an uploaded file really is", () => {
  it("recognises PNG, JPEG and WebP by their bytes, with their size", () => {
    expect(detectImage(PNG_1x1)).toEqual({ extension: "png", contentType: "image/png", width: 1, height: 1 });
    expect(detectImage(jpeg(640, 480))).toEqual({ extension: "jpg", contentType: "image/jpeg", width: 640, height: 480 });
    expect(detectImage(WEBP_2x3)).toMatchObject({ extension: "webp", contentType: "image/webp", width: 2, height: 3 });
  });

  it.each([
    ["a script renamed to .png", Buffer.from("<script>alert(1)</script>")],
    ["HTML", Buffer.from("<!doctype html><title>x</title>")],
    ["an SVG (can carry scripts)", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')],
    ["a GIF (not accepted)", GIF_1x1],
    ["nothing", Buffer.alloc(0)],
    ["a PNG signature with nothing after it", PNG_1x1.subarray(0, 8)],
    ["an absurdly large image", jpeg(60_000, 60_000)],
  ])("refuses %s", (_label, bytes) => {
    expect(detectImage(bytes)).toBeNull();
  });
});
