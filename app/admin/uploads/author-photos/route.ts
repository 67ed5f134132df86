// POST /admin/uploads/author-photos?author=<id> — an author's JPEG, PNG or WebP photo, sent as the
// raw request body and streamed to object storage.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { uploadAuthorPhoto } from "@/lib/desk/authors/author-photo";
import { DESK_ID_PATTERN } from "@/lib/desk/desk-id";
import { textResponse, withStaffRole } from "@/lib/desk/staff-route";

export const POST = withStaffRole("EDITOR", async (editor, request) => {
  const authorId = new URL(request.url).searchParams.get("author");
  if (!authorId || !DESK_ID_PATTERN.test(authorId)) return textResponse(400, "Say which author the photo is for.");
  // The server refuses bodies without a Content-Length (lib/http/request-checks.ts).
  const declaredBytes = Number(request.headers.get("content-length") ?? 0);
  if (!request.body) return textResponse(400, "Send the photo as the request body.");
  const outcome = await uploadAuthorPhoto(editor.id, authorId, Readable.fromWeb(request.body as WebReadableStream), declaredBytes);
  return outcome.ok ? Response.json({ photoUrl: outcome.photoUrl }, { status: 201 }) : textResponse(outcome.status, outcome.message);
});
