// GET /podcasts/private/<token>/transcripts/<episode slug>.vtt|srt|json — transcripts for a subscriber's podcast app.
import { cachedResponse, feedError } from "@/lib/podcasts/cached-response";
import { authorizePrivateFeed } from "@/lib/podcasts/private-feed-access";
import { getTranscriptFile } from "@/lib/podcasts/transcript-files";
import { getAccessPolicy } from "@/lib/viewer";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string; file: string }> }) {
  const { token, file: name } = await params;
  const policy = getAccessPolicy();
  const access = await authorizePrivateFeed(token, request, policy);
  if (!access.ok) return feedError(access.status, access.message);
  const file = await getTranscriptFile(access.viewer, name, policy);
  if (!file) return feedError(404, "There is no transcript at this address.");
  return cachedResponse(request, { ...file, cacheControl: "private, no-cache" });
}
