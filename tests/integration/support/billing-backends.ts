import type { Plan, User } from "@prisma/client";
import Stripe from "stripe";
import { describe, expect, inject, it } from "vitest";
import type { BillingDeps } from "@/lib/billing/billing-deps";
import { ensureStripeCustomer } from "@/lib/billing/checkout";
import { syncPlans } from "@/lib/billing/sync-plans";
import { db } from "@/lib/db";
import { ensurePlans } from "../../../prisma/seed/ensure-plans";
import { startAppWithStripe } from "./app-with-stripe";

// The contract suite: billing scenarios written once and run against the stand-in always, and
// against real Stripe test mode when the run starts with STRIPE_SECRET_KEY=sk_test_… set, so the
// stand-in can't drift from Stripe unnoticed. Everything goes through Stripe's API (real Stripe
// has no hosted-checkout automation), and webhooks are read back from Stripe's event list.

export interface BillingBackend {
  name: string;
  stripe: Stripe;
  deps: BillingDeps;
  /** A paid subscription made through the API with Stripe's test card pm_card_visa. */
  subscribe(user: User, planSlug: "monthly" | "yearly"): Promise<Stripe.Subscription>;
  /** Lets Stripe's clock move past the current second (its timestamps have one-second resolution). */
  nextSecond(): Promise<void>;
  /** The newest event of `type` about the object `id`, once Stripe has recorded it. */
  eventAbout<T extends Stripe.Event.Type>(type: T, id: string): Promise<Extract<Stripe.Event, { type: T }>>;
  close(): Promise<void>;
}

export const plan = (slug: "monthly" | "yearly"): Promise<Plan> => db.plan.findUniqueOrThrow({ where: { slug } });

function backend(name: string, stripe: Stripe, nextSecond: () => Promise<void>, close: () => Promise<void>): BillingBackend {
  const deps = { db, stripe };
  const startedAt = Math.floor(Date.now() / 1000) - 60;
  return {
    name,
    stripe,
    deps,
    async subscribe(user, planSlug) {
      const customer = await ensureStripeCustomer(user, deps);
      const card = await stripe.paymentMethods.attach("pm_card_visa", { customer });
      return stripe.subscriptions.create({
        customer,
        items: [{ price: (await plan(planSlug)).stripePriceId! }],
        default_payment_method: card.id,
        metadata: { userId: user.id },
      });
    },
    nextSecond,
    async eventAbout<T extends Stripe.Event.Type>(type: T, id: string) {
      let found: Stripe.Event | undefined;
      await expect
        .poll(
          async () => {
            const events = await stripe.events.list({ type, created: { gte: startedAt }, limit: 100 });
            found = events.data.find((e) => (e.data.object as { id?: string }).id === id);
            return found;
          },
          { timeout: 30_000, interval: 500, message: `a ${type} event about ${id}` },
        )
        .toBeDefined();
      return found as Extract<Stripe.Event, { type: T }>;
    },
    close,
  };
}

const testModeKey = inject("stripeTestModeKey");
const SKIPPED = "Stripe test mode: skipped, set STRIPE_SECRET_KEY=sk_test_… to run these scenarios against real Stripe too";

/** The backends this run tests against, each started (and its plans synced) on demand. */
export function billingBackends(): Array<{ name: string; start: () => Promise<BillingBackend> }> {
  const standin = {
    name: "the stand-in",
    async start() {
      const h = await startAppWithStripe();
      const nextSecond = () => h.standin.advanceClock(new Date(h.standin.now().getTime() + 1000));
      return backend("the stand-in", h.stripe, nextSecond, h.close);
    },
  };
  if (!testModeKey) return [standin];
  if (!testModeKey.startsWith("sk_test_")) throw new Error("The contract suite only runs against a Stripe test-mode key (sk_test_…)");
  const testMode = {
    name: "Stripe test mode",
    async start() {
      const stripe = new Stripe(testModeKey, { maxNetworkRetries: 2 });
      await ensurePlans(db);
      await syncPlans({ db, stripe });
      // Real Stripe's clock can't be moved: wait for it (1.5 s leaves room for clock skew).
      const nextSecond = () => new Promise<void>((resolve) => setTimeout(resolve, 1500));
      return backend("Stripe test mode", stripe, nextSecond, async () => {});
    },
  };
  return [standin, testMode];
}

/** Says plainly in the test report (a skipped test, and a warning) when real Stripe was not tried. */
export function reportSkippedTestMode(): void {
  if (testModeKey) return;
  console.warn(`[billing contract] ${SKIPPED}`);
  describe.skip(SKIPPED, () => {
    it("runs every scenario of this file against Stripe test mode", () => {});
  });
}
