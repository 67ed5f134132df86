// GET /podcasts/private/<token>/feed.xml — a subscriber's private podcast feed, with transcripts.
import { cachedResponse, feedError } from "@/lib/podcasts/cached-response";
import { renderPrivatePodcastFeed } from "@/lib/podcasts/podcast-feeds";
import { authorizePrivateFeed } from "@/lib/podcasts/private-feed-access";
import { getAccessPolicy } from "@/lib/viewer";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const policy = getAccessPolicy();
  const access = await authorizePrivateFeed(token, request, policy);
  if (!access.ok) return feedError(access.status, access.message);
  const feed = await renderPrivatePodcastFeed(access.viewer, token, policy);
  return cachedResponse(request, {
    body: feed.xml,
    contentType: "application/rss+xml; charset=utf-8",
    // Personal: no shared cache may keep it, and apps revalidate with the ETag.
    cacheControl: "private, no-cache",
    lastModified: feed.lastModified,
  });
}
