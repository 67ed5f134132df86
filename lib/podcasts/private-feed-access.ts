import "server-only";
import { getAccess, type AccessPolicy, type Viewer } from "@/lib/entitlements";
import { clientIpFrom, rateLimitAddressKey } from "@/lib/http/client-ip";
import { recordFeedRequest } from "./feed-sharing";
import { resolveFeedToken } from "./feed-tokens";
import { PRIVATE_FEED } from "./podcast-feeds";

// Every request to a private feed or one of its transcript files comes through here, and is
// decided afresh: a replaced token answers 410 Gone (podcast apps stop polling it), and a
// reader whose subscription no longer grants access gets 404 at once, for the feed and the
// files alike, without anything being revoked. The token never reaches a log: only its row id.

export type PrivateFeedAccess = { ok: true; viewer: Viewer } | { ok: false; status: 404 | 410; message: string };

const REPLACED = "This feed address was replaced. Copy your current one from your account page.";

export async function authorizePrivateFeed(token: string, request: Request, policy: AccessPolicy): Promise<PrivateFeedAccess> {
  const resolved = await resolveFeedToken(token);
  if (resolved.status === "unknown") return { ok: false, status: 404, message: "There is no feed at this address." };
  if (resolved.status === "revoked") return { ok: false, status: 410, message: REPLACED };
  if (!getAccess(resolved.viewer, PRIVATE_FEED, policy).allowed)
    return { ok: false, status: 404, message: "This feed is for subscribers. Subscribe again to use it." };
  const outcome = await recordFeedRequest({
    tokenId: resolved.tokenId,
    userId: resolved.userId,
    addressKey: rateLimitAddressKey(clientIpFrom(request.headers)),
    userAgent: request.headers.get("user-agent") ?? "",
  });
  if (outcome === "replaced") return { ok: false, status: 410, message: REPLACED };
  return { ok: true, viewer: resolved.viewer };
}
