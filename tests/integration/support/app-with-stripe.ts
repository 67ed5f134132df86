import type Stripe from "stripe";
import type { User } from "@prisma/client";
import { ensureStripeCustomer } from "@/lib/billing/checkout";
import { syncPlans } from "@/lib/billing/sync-plans";
import { db } from "@/lib/db";
import { ensurePlans } from "../../../prisma/seed/ensure-plans";
import { startHarness, subscribe, type Harness } from "@dispatch/stripe-standin/testing";
import { runDueJobs, stopJobs } from "../../support/jobs";

/**
 * Points the app's Stripe client at a fresh stand-in, with the plans synced to it. Mail
 * goes to the run's outbox folder. Call in beforeAll, before anything reads the config. Its
 * close() first runs the jobs the test left queued (e.g. billing emails), so they don't end up
 * in a later test file's mail server.
 */
export async function startAppWithStripe(extraEnv: Record<string, string> = {}): Promise<Harness> {
  const h = await startHarness();
  delete process.env.SMTP_URL;
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_app", STRIPE_API_BASE: `http://127.0.0.1:${h.standin.port}`, ...extraEnv });
  await ensurePlans(db);
  await syncPlans();
  return {
    ...h,
    close: async () => {
      await runDueJobs();
      await stopJobs();
      await h.close();
    },
  };
}

/** Subscribes a reader to the monthly plan through the stand-in's hosted checkout, as the app would. */
export async function subscribeMonthly(h: Harness, user: User, params: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  const customer = (await h.stripe.customers.retrieve(await ensureStripeCustomer(user))) as Stripe.Customer;
  const monthly = await db.plan.findUniqueOrThrow({ where: { slug: "monthly" } });
  const price = await h.stripe.prices.retrieve(monthly.stripePriceId!);
  return subscribe(h, customer, price, "4242 4242 4242 4242", {
    client_reference_id: user.id,
    subscription_data: { metadata: { userId: user.id } },
    ...params,
  });
}
