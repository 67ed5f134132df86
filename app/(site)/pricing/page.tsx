import type { Metadata } from "next";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { db } from "@/lib/db";
import { ACADEMIC_PERCENT_OFF } from "@/lib/discounts/academic-rules";
import { discountedAmount } from "@/lib/discounts/discounted-amount";
import { getOpenCode } from "@/lib/discounts/issue-code";
import { hasActiveSubscription } from "@/lib/entitlements";
import { formatMoney } from "@/lib/format";
import { getAccessPolicy, getViewer } from "@/lib/viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscribe", description: "Subscribe for full access. Students and teachers pay half." };

interface Props {
  /** `from`: the article whose paywall sent the reader, passed on to checkout (business view). */
  searchParams: Promise<{ next?: string; from?: string; error?: string }>;
}

export default async function PricingPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeReturnPath(params.next);
  const from = typeof params.from === "string" ? `&from=${encodeURIComponent(params.from)}` : "";
  const [plans, viewer] = await Promise.all([db.plan.findMany({ where: { active: true }, orderBy: { amount: "asc" } }), getViewer()]);
  const subscribed = hasActiveSubscription(viewer, getAccessPolicy());
  const code = viewer.kind === "user" && !subscribed ? await getOpenCode(viewer.userId) : null;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Subscribe</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Full access to every article and podcast transcript. Cancel any time. Students and teachers with an academic email address pay half,
        automatically.
      </p>
      {params.error === "payments-unavailable" && (
        <p role="alert" className="mt-6 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          Payments are unavailable right now, so nothing was charged. Please try again in a few minutes.
        </p>
      )}
      {subscribed && (
        <p role="status" className="mt-6 rounded border border-green-700 bg-green-50 p-3">
          You’re already a subscriber. Switch plans or cancel from{" "}
          <a href="/account" className="underline">
            your account
          </a>
          .
        </p>
      )}
      {code && (
        <p role="status" className="mt-6 rounded border border-green-700 bg-green-50 p-3">
          Your academic code <strong className="font-mono">{code.code}</strong> takes {ACADEMIC_PERCENT_OFF}% off either plan. It is applied
          for you at checkout.
        </p>
      )}
      <ul className="mt-8 grid gap-6 sm:grid-cols-2">
        {plans.map((plan) => (
          <li key={plan.id} className="rounded-lg border-2 border-neutral-300 bg-white p-6">
            <h2 className="font-serif text-2xl font-bold">{plan.name}</h2>
            <p className="mt-2 text-3xl font-bold">
              {code && <s className="mr-2 text-xl font-normal text-muted">{formatMoney(plan.amount, plan.currency)}</s>}
              {formatMoney(code ? discountedAmount(plan.amount, ACADEMIC_PERCENT_OFF) : plan.amount, plan.currency)}
              <span className="text-base font-normal text-muted"> / {plan.interval}</span>
            </p>
            {!subscribed && (
              // A plain link, not <a>: it must not be prefetched.
              <a
                href={`/subscribe/${plan.slug}?next=${encodeURIComponent(next)}${from}`}
                className="mt-4 inline-block rounded bg-accent px-5 py-2.5 font-semibold text-white hover:bg-red-900"
              >
                Subscribe {plan.name.toLowerCase()}
              </a>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
