// GET /podcasts/transcripts/<episode slug>.vtt|srt|json — FREE transcripts for podcast apps.
import { ANONYMOUS } from "@/lib/entitlements";
import { cachedResponse, feedError } from "@/lib/podcasts/cached-response";
import { getTranscriptFile } from "@/lib/podcasts/transcript-files";
import { getAccessPolicy } from "@/lib/viewer";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = await getTranscriptFile(ANONYMOUS, (await params).file, getAccessPolicy());
  if (!file) return feedError(404, "There is no public transcript at this address.");
  return cachedResponse(request, { ...file, cacheControl: "public, max-age=300" });
}
