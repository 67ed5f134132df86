import "server-only";
import type { DiscountCode, Prisma } from "@prisma/client";
import { LIVE_STATUSES } from "@/lib/entitlements";
import { holdsMailbox } from "./holds-mailbox";

type Reader = Pick<Prisma.TransactionClient, "discountCode" | "subscription">;

/**
 * The code that holds an academic mailbox (normalised), if any. `live` is false when that
 * code's discount is over but nobody has released it yet: expiry and ended subscriptions are
 * noticed here, when someone next wants the mailbox, rather than by a sweeper.
 */
export async function mailboxHolder(client: Reader, mailbox: string, now: Date): Promise<{ code: DiscountCode; live: boolean } | null> {
  const code = await client.discountCode.findFirst({ where: { email: mailbox, releasedAt: null } });
  if (!code) return null;
  const onLiveSubscription =
    code.status === "redeemed" &&
    (await client.subscription.count({
      where: { userId: code.userId, discountCode: code.code, status: { in: [...LIVE_STATUSES] } },
    })) > 0;
  return { code, live: holdsMailbox(code, onLiveSubscription, now) };
}

/** Whether the mailbox backs another account's discount right now. */
export async function heldByAnotherAccount(client: Reader, mailbox: string, userId: string, now: Date): Promise<boolean> {
  const holder = await mailboxHolder(client, mailbox, now);
  return holder !== null && holder.live && holder.code.userId !== userId;
}

/** Serialises everyone who wants one mailbox until the transaction ends. */
export async function lockMailbox(tx: Prisma.TransactionClient, mailbox: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`academic-mailbox:${mailbox}`}))`;
}
