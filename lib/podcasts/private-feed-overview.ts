import "server-only";
import QRCode from "qrcode";
import { getAccess, type AccessPolicy, type Viewer } from "@/lib/entitlements";
import { getPublication } from "@/lib/publication";
import { getFeedToken } from "./feed-tokens";
import { privateFeedUrl } from "./feed-urls";
import { PRIVATE_FEED } from "./podcast-feeds";

// What /account shows about the reader's private podcast feed.

export type PrivateFeedOverview =
  | { state: "not-subscribed" }
  | { state: "none" }
  /** The address cannot be read back (the app secret changed): the reader can replace it. */
  | { state: "unreadable"; createdAt: Date }
  | { state: "ready"; url: string; createdAt: Date; qrSvg: string };

export async function getPrivateFeedOverview(userId: string, viewer: Viewer, policy: AccessPolicy): Promise<PrivateFeedOverview> {
  if (!getAccess(viewer, PRIVATE_FEED, policy).allowed) return { state: "not-subscribed" };
  const token = await getFeedToken(userId);
  if (!token) return { state: "none" };
  if (!token.token) return { state: "unreadable", createdAt: token.createdAt };
  const url = privateFeedUrl((await getPublication()).url, token.token);
  // Rendered on the server as SVG markup: no client script, no image request carrying the token.
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { state: "ready", url, createdAt: token.createdAt, qrSvg };
}
