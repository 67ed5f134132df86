import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { getStripe } from "./stripe";

/**
 * What billing code talks to. Functions take it as an argument (defaulting to the app's own), so
 * a test can point one call at another Stripe, e.g. real Stripe test mode or a slowed-down client.
 */
export interface BillingDeps {
  db: PrismaClient;
  stripe: Stripe;
}

export function billingDeps(): BillingDeps {
  return { db, stripe: getStripe() };
}

/** Billing transactions wait for Stripe calls inside them, so they get more time than Prisma's 5 s. */
export const BILLING_TRANSACTION = { maxWait: 30_000, timeout: 60_000 } as const;

/**
 * Serialises work on one thing (a reader's checkout, one subscription) across requests and app
 * instances: a PostgreSQL advisory lock held until the transaction ends. Unlike a row lock it
 * works before the row exists, e.g. for the very first sync of a subscription.
 */
export async function lockFor(tx: Prisma.TransactionClient, scope: "checkout" | "subscription", key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${scope}), hashtext(${key}))`;
}
