import "server-only";
import { getEnv } from "@/lib/env";
import { signLinkToken, verifyLinkToken, viewSubject, type LinkPurpose } from "./link-token";
import type { BriefDate } from "./schedule";

// Each reader's own links in a brief: one-click unsubscribe (RFC 8058) and "view in your
// browser", both working without signing in through signed tokens (lib/briefs/link-token.ts).

/** A dedicated secret when set, so rotating NEXTAUTH_SECRET does not break unsubscribe links in old emails. */
function linkSecret(): string {
  const { BRIEF_LINK_SECRET, NEXTAUTH_SECRET } = getEnv();
  const secret = BRIEF_LINK_SECRET ?? NEXTAUTH_SECRET;
  if (!secret) throw new Error("Set BRIEF_LINK_SECRET or NEXTAUTH_SECRET: the Daily Brief's links are signed with it");
  return secret;
}

export const signBriefToken = (purpose: LinkPurpose, subject: string) => signLinkToken(purpose, subject, linkSecret());
export const verifyBriefToken = (token: unknown, purpose: LinkPurpose) => verifyLinkToken(token, purpose, linkSecret());

export function unsubscribeUrl(userId: string): string {
  return `${getEnv().APP_URL}/briefs/unsubscribe?token=${signBriefToken("brief-unsubscribe", userId)}`;
}

export function browserUrl(userId: string, brief: { id: string; date: BriefDate }): string {
  return `${getEnv().APP_URL}/briefs/${brief.date}?reader=${signBriefToken("brief-view", viewSubject(userId, brief.id))}`;
}

/**
 * List headers of a brief email: RFC 2369's List-Unsubscribe (the https link, and a mailto when
 * LIST_UNSUBSCRIBE_MAILTO is set) and RFC 8058's List-Unsubscribe-Post, which tells mail clients
 * that a POST to the https link unsubscribes at once, without a page or a sign-in. Takes the
 * reader's unsubscribe URL, which the body links to as well (signed once per message).
 */
export function listHeaders(url: ReturnType<typeof unsubscribeUrl>): Record<string, string> {
  const { APP_URL, LIST_UNSUBSCRIBE_MAILTO } = getEnv();
  const mailto = LIST_UNSUBSCRIBE_MAILTO ? `, <mailto:${LIST_UNSUBSCRIBE_MAILTO}?subject=unsubscribe%20${url.split("token=")[1]}>` : "";
  return {
    "List-Id": `Daily Brief <daily-brief.${new URL(APP_URL).hostname}>`,
    "List-Unsubscribe": `<${url}>${mailto}`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
