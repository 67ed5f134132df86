import Link from "next/link";
import type { Plan, Subscription } from "@prisma/client";
import { formatDate, formatMoney } from "@/lib/format";

const STATUS_LABEL: Record<string, string> = {
  active: "Active",
  trialing: "Trial",
  past_due: "Payment failed — please update your card",
  canceled: "Canceled",
  unpaid: "Unpaid",
  incomplete: "Payment pending",
  incomplete_expired: "Payment expired",
  paused: "Paused",
};

export function SubscriptionSummary({ subscriptions }: { subscriptions: Array<Subscription & { plan: Plan }> }) {
  const current = subscriptions
    .filter((s) => !["canceled", "incomplete_expired"].includes(s.status))
    .sort((a, b) => b.currentPeriodEnd.getTime() - a.currentPeriodEnd.getTime())[0];
  if (!current) {
    return (
      <p className="mt-2">
        Free reader. <Link href="/pricing" className="font-semibold underline">Subscribe</Link> to read all our analysis and transcripts.
      </p>
    );
  }
  return (
    <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-y-1">
      <dt className="font-semibold">Plan</dt>
      <dd>{current.plan.name} · {formatMoney(current.plan.amount, current.plan.currency)} / {current.plan.interval}</dd>
      <dt className="font-semibold">Status</dt>
      <dd>{STATUS_LABEL[current.status] ?? current.status}</dd>
      <dt className="font-semibold">{current.cancelAtPeriodEnd ? "Access ends" : "Renews"}</dt>
      <dd>{formatDate(current.currentPeriodEnd)}</dd>
    </dl>
  );
}
