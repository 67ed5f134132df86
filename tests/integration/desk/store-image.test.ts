import { afterAll, describe, expect, it } from "vitest";
import { GET as media } from "@/app/media/[...key]/route";
import { db } from "@/lib/db";
import { storeImage } from "@/lib/desk/articles/store-image";
import { getObjectStore } from "@/lib/storage/object-store";
import { newEditor } from "./support";

const PNG_1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

afterAll(() => db.$disconnect());

describe("an uploaded image", () => {
  it("is stored under a random key, recorded, and served as what it is", async () => {
    const editor = await newEditor();
    const [first, second] = [await storeImage(editor.id, PNG_1x1), await storeImage(editor.id, PNG_1x1)];
    expect(first).toMatchObject({ width: 1, height: 1, url: expect.stringMatching(/^\/media\/images\/[0-9a-f]{32}\.png$/) });
    expect(second!.url).not.toBe(first!.url);
    expect(await db.image.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
      contentType: "image/png",
      bytes: PNG_1x1.length,
      uploadedById: editor.id,
    });
    const key = first!.url.replace("/media/", "");
    const response = await media(new Request(`http://localhost${first!.url}`), { params: Promise.resolve({ key: key.split("/") }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG_1x1);
  });

  it("is refused, and nothing stored, when its bytes are not an image", async () => {
    const editor = await newEditor();
    const before = await db.image.count();
    expect(await storeImage(editor.id, Buffer.from("<?php system($_GET['c']); ?>"))).toBeNull();
    expect(await db.image.count()).toBe(before);
    expect(await getObjectStore().stat("images")).toBeNull();
  });
});
