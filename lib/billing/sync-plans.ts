import "server-only";
import type Stripe from "stripe";
import { ACADEMIC_COUPON_ID, ACADEMIC_PERCENT_OFF } from "@/lib/discounts/academic-rules";
import { getEnv } from "@/lib/env";
import { getPublication } from "@/lib/publication";
import { billingDeps, type BillingDeps } from "./billing-deps";

// Makes Stripe's catalogue match our plans: one Product for the subscription, one Price per
// plan found by a stable lookup key. A changed amount creates a new Price and moves the key
// to it (Stripe prices are immutable); existing subscribers keep the price they signed up at.

const PRODUCT_ID = "dispatch_subscription";
export const lookupKeyFor = (planSlug: string) => `dispatch_${planSlug}`;

async function ensureProduct(stripe: Stripe): Promise<string> {
  try {
    return (await stripe.products.retrieve(PRODUCT_ID)).id;
  } catch (error) {
    if ((error as Stripe.errors.StripeError).code !== "resource_missing") throw error;
    return (await stripe.products.create({ id: PRODUCT_ID, name: `${(await getPublication()).name} subscription` })).id;
  }
}

/**
 * The one coupon behind every personal academic code. Coupons can't be edited after creation,
 * so a changed duration setting needs a coupon with a new id (see README).
 */
async function ensureAcademicCoupon(stripe: Stripe): Promise<void> {
  try {
    await stripe.coupons.retrieve(ACADEMIC_COUPON_ID);
  } catch (error) {
    if ((error as Stripe.errors.StripeError).code !== "resource_missing") throw error;
    const duration = getEnv().ACADEMIC_DISCOUNT_DURATION;
    await stripe.coupons.create({
      id: ACADEMIC_COUPON_ID,
      name: `Academic ${ACADEMIC_PERCENT_OFF}%`,
      percent_off: ACADEMIC_PERCENT_OFF,
      ...(duration === "forever" ? { duration: "forever" } : { duration: "repeating", duration_in_months: duration }),
    });
  }
}

export async function syncPlans(
  { db, stripe }: BillingDeps = billingDeps(),
): Promise<Array<{ slug: string; priceId: string; created: boolean }>> {
  const product = await ensureProduct(stripe);
  await ensureAcademicCoupon(stripe);
  const plans = await db.plan.findMany({ where: { active: true } });
  const results = [];
  for (const plan of plans) {
    const lookupKey = lookupKeyFor(plan.slug);
    const existing = (await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 })).data[0];
    const matches =
      existing &&
      existing.unit_amount === plan.amount &&
      existing.currency === plan.currency &&
      existing.recurring?.interval === plan.interval;
    const price = matches
      ? existing
      : await stripe.prices.create({
          product,
          currency: plan.currency,
          unit_amount: plan.amount,
          recurring: { interval: plan.interval },
          nickname: plan.name,
          lookup_key: lookupKey,
          transfer_lookup_key: true,
          metadata: { planSlug: plan.slug },
        });
    await db.plan.update({ where: { id: plan.id }, data: { stripePriceId: price.id } });
    results.push({ slug: plan.slug, priceId: price.id, created: !matches });
  }
  return results;
}
