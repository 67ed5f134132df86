// POST /admin/uploads/audio?episode=<id> — an episode's MP3 or M4A, sent as the raw request body
// and streamed to object storage; answers the stored audio's facts, or why it was refused.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { DESK_ID_PATTERN } from "@/lib/desk/desk-id";
import { uploadEpisodeAudio } from "@/lib/desk/episodes/episode-audio";
import { textResponse, withStaffRole } from "@/lib/desk/staff-route";

export const POST = withStaffRole("EDITOR", async (editor, request) => {
  const episodeId = new URL(request.url).searchParams.get("episode");
  if (!episodeId || !DESK_ID_PATTERN.test(episodeId)) return textResponse(400, "Say which episode the audio is for.");
  // The server refuses bodies without a Content-Length (lib/http/request-checks.ts).
  const declaredBytes = Number(request.headers.get("content-length") ?? 0);
  if (!request.body) return textResponse(400, "Send the audio file as the request body.");
  const outcome = await uploadEpisodeAudio(editor.id, episodeId, Readable.fromWeb(request.body as WebReadableStream), declaredBytes);
  return outcome.ok ? Response.json(outcome.audio, { status: 201 }) : textResponse(outcome.status, outcome.message);
});
