import type { PrismaClient } from "@prisma/client";
import { plans } from "./content/plans";

/**
 * Makes sure the catalogue's plans exist; run on every start. A plan is created when missing
 * (matched by slug) and never overwritten, so prices changed since stay changed.
 */
export async function ensurePlans(db: PrismaClient): Promise<void> {
  for (const plan of plans) {
    await db.plan.upsert({ where: { slug: plan.slug }, update: {}, create: plan });
  }
}
