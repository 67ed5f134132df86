import "server-only";
import type { Prisma } from "@prisma/client";
import { billingDeps, type BillingDeps } from "@/lib/billing/billing-deps";
import { toSubscriptionRecord } from "@/lib/billing/subscription-record";
import { compareSubscription, type ComparedFields, type Difference } from "./reconcile-diff";

/**
 * The nightly check that our subscription mirror matches Stripe (a lost webhook, a change made in
 * Stripe's dashboard). It records what differs for the business dashboard and repairs nothing:
 * a person should look at why the mirror drifted. Safe to run twice: each run is its own row.
 */
export async function reconcileWithStripe({ db, stripe }: BillingDeps = billingDeps()) {
  const run = await db.reconciliationRun.create({ data: {} });
  const mirrored = new Map<string, ComparedFields>();
  const rows = await db.subscription.findMany({
    select: {
      stripeSubscriptionId: true,
      status: true,
      cancelAtPeriodEnd: true,
      currentPeriodEnd: true,
      plan: { select: { stripePriceId: true } },
    },
  });
  for (const { stripeSubscriptionId, plan, ...fields } of rows)
    mirrored.set(stripeSubscriptionId, { ...fields, priceId: plan.stripePriceId });

  const differences: Difference[] = [];
  let checked = 0;
  // Auto-pagination: the SDK fetches page after page as the loop goes.
  for await (const sub of stripe.subscriptions.list({ status: "all", limit: 100 })) {
    const { status, cancelAtPeriodEnd, currentPeriodEnd, priceId } = toSubscriptionRecord(sub, new Date(), null);
    // A checkout that was never paid is never mirrored on purpose.
    const ignorable = status === "incomplete_expired" && !mirrored.has(sub.id);
    if (!ignorable)
      differences.push(
        ...compareSubscription(sub.id, mirrored.get(sub.id) ?? null, { status, cancelAtPeriodEnd, currentPeriodEnd, priceId }),
      );
    mirrored.delete(sub.id);
    checked += 1;
  }
  for (const [id, fields] of mirrored) differences.push(...compareSubscription(id, fields, null));
  checked += mirrored.size;

  return db.reconciliationRun.update({
    where: { id: run.id },
    data: { finishedAt: new Date(), checked, differences: differences as unknown as Prisma.InputJsonValue },
  });
}
