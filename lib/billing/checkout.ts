import "server-only";
import type { Plan, User } from "@prisma/client";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { getStripe } from "./stripe";

/** The reader's Stripe customer, created once and reused for every checkout. */
export async function ensureStripeCustomer(user: Pick<User, "id" | "email" | "name" | "stripeCustomerId">): Promise<string> {
  if (user.stripeCustomerId) return user.stripeCustomerId;
  // The idempotency key makes two simultaneous first checkouts create one customer.
  const customer = await getStripe().customers.create(
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
}

/** A Stripe Checkout Session in subscription mode for one plan; returns the URL to send the reader to. */
export async function createCheckoutSession(user: User, plan: Plan, options: CheckoutOptions): Promise<string> {
  if (!plan.stripePriceId) throw new Error(`Plan ${plan.slug} has no Stripe price yet: run npm run stripe:sync`);
  const { APP_URL } = getEnv();
  const customer = await ensureStripeCustomer(user);
  const next = encodeURIComponent(options.returnTo);
  const session = await getStripe().checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: user.id,
    line_items: [{ price: plan.stripePriceId, quantity: 1 }],
    metadata: { userId: user.id, planSlug: plan.slug },
    subscription_data: { metadata: { userId: user.id } },
    // Stripe allows either a pre-applied discount or the promotion-code field, not both.
    ...(options.promotionCodeId ? { discounts: [{ promotion_code: options.promotionCodeId }] } : { allow_promotion_codes: true }),
    success_url: `${APP_URL}/subscribe/success?session_id={CHECKOUT_SESSION_ID}&next=${next}`,
    cancel_url: `${APP_URL}/pricing?next=${next}`,
  });
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return session.url;
}

/** Billing portal for managing or canceling the subscription. */
export async function createPortalSession(user: User): Promise<string> {
  const customer = await ensureStripeCustomer(user);
  const session = await getStripe().billingPortal.sessions.create({ customer, return_url: `${getEnv().APP_URL}/account` });
  return session.url;
}
