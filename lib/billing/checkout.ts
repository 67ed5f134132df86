import "server-only";
import type { Prisma, Plan, User } from "@prisma/client";
import type Stripe from "stripe";
import { isSubscriptionLive, LIVE_STATUSES, type SubscriptionStatus } from "@/lib/entitlements";
import { getEnv } from "@/lib/env";
import { SOURCE_ARTICLE_KEY } from "./subscription-record";
import { BILLING_TRANSACTION, billingDeps, lockFor, type BillingDeps } from "./billing-deps";

/** The reader's Stripe customer, created once and reused for every checkout. */
export async function ensureStripeCustomer(
  user: Pick<User, "id" | "email" | "name" | "stripeCustomerId">,
  { db, stripe }: BillingDeps = billingDeps(),
): Promise<string> {
  if (user.stripeCustomerId) return user.stripeCustomerId;
  // The idempotency key makes two simultaneous first checkouts create one customer.
  const customer = await stripe.customers.create(
    { email: user.email, name: user.name ?? undefined, metadata: { userId: user.id } },
    { idempotencyKey: `dispatch-customer-${user.id}` },
  );
  await db.user.updateMany({ where: { id: user.id, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  return (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { stripeCustomerId: true } })).stripeCustomerId!;
}

export interface CheckoutOptions {
  /** Path to send the reader back to after paying (e.g. the article they came from). */
  returnTo: string;
  /** A promotion code to apply up front (the reader's academic code). */
  promotionCodeId?: string;
  /** The article whose paywall sent the reader, kept on the subscription for the business view. */
  fromArticleId?: string;
}

export type CheckoutStart = { outcome: "checkout"; url: string } | { outcome: "already-subscribed" };

/** An open session is reused only if the reader has time left to pay on it. */
const REUSE_MARGIN_SECONDS = 10 * 60;

/** Whether the reader has a subscription that can still bill them, in our mirror or at Stripe (its webhook may not have arrived). */
async function hasLiveSubscription(tx: Prisma.TransactionClient, stripe: Stripe, userId: string, customer: string): Promise<boolean> {
  if (await tx.subscription.findFirst({ where: { userId, status: { in: [...LIVE_STATUSES] } }, select: { id: true } })) return true;
  for await (const sub of stripe.subscriptions.list({ customer, limit: 100 })) {
    if (isSubscriptionLive({ status: sub.status as SubscriptionStatus })) return true;
  }
  return false;
}

/**
 * Leaves the reader at most one open Checkout Session: returns the one that matches `wanted`
 * (same plan, code and return address, time left), expiring every other, so a checkout opened
 * in another tab can no longer be paid. Returns "completed" if one was paid meanwhile.
 */
async function settleOpenSessions(stripe: Stripe, customer: string, wanted: Stripe.Checkout.SessionCreateParams) {
  const now = Math.floor(Date.now() / 1000);
  let reusable: string | null = null;
  for await (const session of stripe.checkout.sessions.list({ customer, status: "open", limit: 100 })) {
    const matches =
      session.metadata?.planSlug === wanted.metadata?.planSlug &&
      (session.metadata?.promotionCode ?? "") === (wanted.metadata?.promotionCode ?? "") &&
      session.success_url === wanted.success_url &&
      session.expires_at - now > REUSE_MARGIN_SECONDS;
    if (matches && !reusable && session.url) {
      reusable = session.url;
      continue;
    }
    try {
      await stripe.checkout.sessions.expire(session.id);
    } catch (error) {
      // Paid between the list and the expiry: the reader has just subscribed.
      if ((await stripe.checkout.sessions.retrieve(session.id)).status === "complete") return "completed";
      throw error;
    }
  }
  return reusable;
}

/**
 * Where to send a reader who asked to subscribe to `plan`: Stripe Checkout, or nowhere because
 * they already have a subscription (they change plans in the billing portal). Requests of one
 * reader take turns, so two tabs or a double click can't open two sessions.
 */
export async function startCheckout(
  user: User,
  plan: Plan,
  options: CheckoutOptions,
  deps: BillingDeps = billingDeps(),
): Promise<CheckoutStart> {
  if (!plan.stripePriceId) throw new Error(`Plan ${plan.slug} has no Stripe price yet: run npm run stripe:sync`);
  const { APP_URL } = getEnv();
  const customer = await ensureStripeCustomer(user, deps);
  const next = encodeURIComponent(options.returnTo);
  const wanted: Stripe.Checkout.SessionCreateParams = {
    mode: "subscription",
    customer,
    client_reference_id: user.id,
    line_items: [{ price: plan.stripePriceId, quantity: 1 }],
    metadata: { userId: user.id, planSlug: plan.slug, ...(options.promotionCodeId ? { promotionCode: options.promotionCodeId } : {}) },
    subscription_data: {
      metadata: { userId: user.id, ...(options.fromArticleId ? { [SOURCE_ARTICLE_KEY]: options.fromArticleId } : {}) },
    },
    // Stripe allows either a pre-applied discount or the promotion-code field, not both.
    ...(options.promotionCodeId ? { discounts: [{ promotion_code: options.promotionCodeId }] } : { allow_promotion_codes: true }),
    success_url: `${APP_URL}/subscribe/success?session_id={CHECKOUT_SESSION_ID}&next=${next}`,
    cancel_url: `${APP_URL}/pricing?next=${next}`,
  };
  return deps.db.$transaction(async (tx): Promise<CheckoutStart> => {
    await lockFor(tx, "checkout", user.id);
    if (await hasLiveSubscription(tx, deps.stripe, user.id, customer)) return { outcome: "already-subscribed" };
    const reusable = await settleOpenSessions(deps.stripe, customer, wanted);
    if (reusable === "completed") return { outcome: "already-subscribed" };
    if (reusable) return { outcome: "checkout", url: reusable };
    const session = await deps.stripe.checkout.sessions.create(wanted);
    if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
    return { outcome: "checkout", url: session.url };
  }, BILLING_TRANSACTION);
}

/** Billing portal for managing or canceling the subscription. */
export async function createPortalSession(user: User, deps: BillingDeps = billingDeps()): Promise<string> {
  const customer = await ensureStripeCustomer(user, deps);
  const session = await deps.stripe.billingPortal.sessions.create({ customer, return_url: `${getEnv().APP_URL}/account` });
  return session.url;
}
