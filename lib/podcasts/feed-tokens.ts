import "server-only";
import type { FeedTokenRevocation, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { toViewer, type Viewer } from "@/lib/entitlements";
import { FEED_TOKEN_PATTERN, hashFeedToken, newFeedToken, openFeedToken, sealFeedToken } from "./feed-token-crypto";

// Subscribers' private podcast feed addresses: one live token per reader, replaced on request
// or automatically when shared (feed-sharing.ts). Old tokens are kept, revoked, so their
// addresses answer 410 Gone and podcast apps stop polling them.

function secret(): string {
  const value = getEnv().NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set: private feed addresses are encrypted with it");
  return value;
}

/**
 * Revokes the reader's live token (if any) and issues a new one, inside `tx`. The reader's row
 * is locked first, so two replacements at once run one after the other and the one-live-token
 * index always holds. With `onlyIfLive`, does nothing (returns null) unless that token is still
 * the live one: of several requests that find a token shared, only the first replaces it.
 */
export async function replaceFeedToken(tx: Prisma.TransactionClient, userId: string, reason: FeedTokenRevocation, onlyIfLive?: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const old = await tx.podcastFeedToken.findFirst({ where: { userId, revokedAt: null }, select: { id: true } });
  if (onlyIfLive !== undefined && old?.id !== onlyIfLive) return null;
  if (old) await tx.podcastFeedToken.update({ where: { id: old.id }, data: { revokedAt: new Date(), revokedReason: reason } });
  const token = newFeedToken();
  await tx.podcastFeedToken.create({ data: { userId, tokenHash: hashFeedToken(token), tokenSealed: sealFeedToken(token, secret()) } });
  return { oldTokenId: old?.id ?? null, token };
}

/** Creates the reader's private feed address, or replaces it with a new one (the old stops at once). */
export async function rotateFeedToken(userId: string): Promise<string> {
  const replaced = await db.$transaction((tx) => replaceFeedToken(tx, userId, "rotated"));
  if (!replaced) throw new Error("an unconditional feed token replacement always replaces");
  return replaced.token;
}

/** The reader's live token, to show on /account, or null if they have none (or it cannot be read back). */
export async function getFeedToken(userId: string): Promise<{ token: string | null; createdAt: Date } | null> {
  const row = await db.podcastFeedToken.findFirst({ where: { userId, revokedAt: null }, select: { tokenSealed: true, createdAt: true } });
  return row ? { token: openFeedToken(row.tokenSealed, secret()), createdAt: row.createdAt } : null;
}

export type ResolvedFeedToken =
  { status: "unknown" } | { status: "revoked" } | { status: "live"; tokenId: string; userId: string; viewer: Viewer };

/** Who a token in an address belongs to, with their subscriptions: one query. */
export async function resolveFeedToken(token: string): Promise<ResolvedFeedToken> {
  if (!FEED_TOKEN_PATTERN.test(token)) return { status: "unknown" };
  const row = await db.podcastFeedToken.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    relationLoadStrategy: "join",
    select: { id: true, revokedAt: true, user: { select: { id: true, role: true, subscriptions: true } } },
  });
  if (!row) return { status: "unknown" };
  if (row.revokedAt) return { status: "revoked" };
  return { status: "live", tokenId: row.id, userId: row.user.id, viewer: toViewer(row.user) };
}
