import type { Metadata } from "next";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscribe", description: "Subscribe for full access. Students and teachers pay half." };

const INTERVAL_LABEL = { month: "month", year: "year" } as const;

export default async function PricingPage() {
  const plans = await db.plan.findMany({ where: { active: true }, orderBy: { amount: "asc" } });
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Subscribe</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Full access to every article, the Daily Brief and podcast transcripts. Cancel any time. Students and teachers with an academic email address pay half, automatically.
      </p>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2">
        {plans.map((plan) => (
          <li key={plan.id} className="rounded-lg border-2 border-neutral-300 bg-white p-6">
            <h2 className="font-serif text-2xl font-bold">{plan.name}</h2>
            <p className="mt-2 text-3xl font-bold">
              {formatMoney(plan.amount, plan.currency)}
              <span className="text-base font-normal text-muted"> / {INTERVAL_LABEL[plan.interval]}</span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
