// GET /podcasts/feed.xml — the public podcast feed (RSS 2.0, iTunes and Podcasting 2.0 tags).
import { cachedResponse } from "@/lib/podcasts/cached-response";
import { renderPublicPodcastFeed } from "@/lib/podcasts/podcast-feeds";
import { getAccessPolicy } from "@/lib/viewer";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const feed = await renderPublicPodcastFeed(getAccessPolicy());
  return cachedResponse(request, {
    body: feed.xml,
    contentType: "application/rss+xml; charset=utf-8",
    cacheControl: "public, max-age=300",
    lastModified: feed.lastModified,
  });
}
