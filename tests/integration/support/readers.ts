import crypto from "node:crypto";
import { db } from "@/lib/db";
import { ensurePlans } from "../../../prisma/seed/ensure-plans";

// Readers for integration tests: a plain account, or one with a subscription in a given state.

export async function createTestReader(options: { subscription?: "active" | "canceled" | "past_due" } = {}) {
  const id = crypto.randomUUID();
  const user = await db.user.create({ data: { email: `reader-${id}@example.org` } });
  if (options.subscription) {
    await ensurePlans(db);
    const plan = await db.plan.findUniqueOrThrow({ where: { slug: "monthly" } });
    await db.subscription.create({
      data: {
        userId: user.id,
        planId: plan.id,
        status: options.subscription,
        currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000),
        stripeSubscriptionId: `sub_${id}`,
        stripeCustomerId: `cus_${id}`,
      },
    });
  }
  return user;
}
