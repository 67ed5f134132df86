import "server-only";
import type { FeedTokenRevocation } from "@prisma/client";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";

// For admins: which private feed tokens were used from the most client addresses lately, so
// sharing shows before (or after) the automatic replacement. Counts only, no addresses.

export interface FeedSharingRow {
  tokenId: string;
  email: string;
  createdAt: Date;
  revokedAt: Date | null;
  revokedReason: FeedTokenRevocation | null;
  addresses: number;
  requests: number;
  lastSeenAt: Date;
}

export async function getFeedSharingReport(
  limit = 50,
  now = new Date(),
): Promise<{ windowHours: number; threshold: number; rows: FeedSharingRow[] }> {
  const { PODCAST_FEED_SHARING_WINDOW_HOURS: windowHours, PODCAST_FEED_SHARING_ADDRESSES: threshold } = getEnv();
  const since = new Date(now.getTime() - windowHours * 3_600_000);
  const rows = await db.$queryRaw<FeedSharingRow[]>`
    SELECT t.id AS "tokenId", u.email, t."createdAt", t."revokedAt", t."revokedReason",
           count(DISTINCT a.ip)::int AS addresses, sum(a.requests)::int AS requests, max(a."lastSeenAt") AS "lastSeenAt"
    FROM "PodcastFeedAccess" a
    JOIN "PodcastFeedToken" t ON t.id = a."tokenId"
    JOIN "User" u ON u.id = t."userId"
    WHERE a.hour >= date_trunc('hour', ${since}::timestamp)
    GROUP BY t.id, u.email
    ORDER BY addresses DESC, requests DESC
    LIMIT ${limit}`;
  return { windowHours, threshold, rows };
}
