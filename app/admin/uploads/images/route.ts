// POST /admin/uploads/images — an editor uploads an image (the file itself as the body, up to
// 10 MB); answers 201 { id, url, width, height }. Its type is read from its bytes.
import { storeImage } from "@/lib/desk/articles/store-image";
import { IMAGE_MAX_BYTES } from "@/lib/desk/articles/uploaded-image";
import { withStaffRole } from "@/lib/desk/staff-route";
import { readLimitedBody } from "@/lib/http/read-limited-body";

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

export const POST = withStaffRole("EDITOR", async (editor, request) => {
  const body = await readLimitedBody(request, IMAGE_MAX_BYTES);
  if (body === "too-large") return refuse(413, `Images can be at most ${IMAGE_MAX_BYTES / 1024 / 1024} MB.`);
  if (body.length === 0) return refuse(400, "Send the image file as the request body.");
  const image = await storeImage(editor.id, body);
  if (!image) return refuse(415, "This file is not a JPEG, PNG or WebP image.");
  return Response.json(image, { status: 201, headers: { "Cache-Control": "no-store" } });
});
