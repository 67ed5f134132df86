import "server-only";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { getEnv } from "@/lib/env";
import { replaceFeedToken } from "./feed-tokens";

// Every request made with a private feed token is counted, per token, client address and hour
// (an upsert: podcast apps poll every few minutes, so a row per request would grow fast). A
// token used from more distinct addresses than a household has within the window is being
// shared: it is replaced and the subscriber emailed, in one transaction.

const HOUR_MS = 3_600_000;

export interface FeedRequest {
  tokenId: string;
  userId: string;
  /** From rateLimitAddressKey(): IPv6 counts by /64, so one line's many addresses count once. */
  addressKey: string;
  userAgent: string;
}

/** Records the request; returns "replaced" when this request tipped the token over the sharing threshold. */
export async function recordFeedRequest(request: FeedRequest, now = new Date()): Promise<"ok" | "replaced"> {
  const hour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const [row] = await db.$queryRaw<Array<{ inserted: boolean }>>`
    INSERT INTO "PodcastFeedAccess" ("tokenId", "hour", "ip", "userAgent", "lastSeenAt")
    VALUES (${request.tokenId}, ${hour}, ${request.addressKey}, ${request.userAgent.slice(0, 200)}, ${now})
    ON CONFLICT ("tokenId", "hour", "ip") DO UPDATE
      SET "requests" = "PodcastFeedAccess"."requests" + 1, "userAgent" = EXCLUDED."userAgent", "lastSeenAt" = EXCLUDED."lastSeenAt"
    RETURNING (xmax = 0) AS inserted`;
  // Only a new address this hour can raise the count: most polls stop here.
  if (!row?.inserted) return "ok";
  const { PODCAST_FEED_SHARING_ADDRESSES, PODCAST_FEED_SHARING_WINDOW_HOURS } = getEnv();
  const since = new Date(hour.getTime() - (PODCAST_FEED_SHARING_WINDOW_HOURS - 1) * HOUR_MS);
  const [{ addresses }] = await db.$queryRaw<Array<{ addresses: number }>>`
    SELECT count(DISTINCT "ip")::int AS addresses FROM "PodcastFeedAccess" WHERE "tokenId" = ${request.tokenId} AND "hour" >= ${since}`;
  if (addresses <= PODCAST_FEED_SHARING_ADDRESSES) return "ok";
  await replaceSharedToken(request.tokenId, request.userId);
  return "replaced";
}

async function replaceSharedToken(tokenId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const replaced = await replaceFeedToken(tx, userId, "shared", tokenId);
    if (!replaced) return;
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    await enqueueEmail({ kind: "podcast-feed-replaced", to: email, userId, payload: {}, key: `podcast-feed-replaced:${tokenId}` }, tx);
  });
}
