import type { Plan, Subscription } from "@prisma/client";
import { discountedAmount } from "@/lib/discounts/discounted-amount";
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

export function SubscriptionSummary({ subscription }: { subscription: (Subscription & { plan: Plan }) | undefined }) {
  if (!subscription) {
    return (
      <p className="mt-2">
        Free reader.{" "}
        <a href="/pricing" className="font-semibold underline">
          Subscribe
        </a>{" "}
        to read all our analysis and transcripts.
      </p>
    );
  }
  const { plan } = subscription;
  const percentOff = subscription.discountPercentOff;
  const price = percentOff ? discountedAmount(plan.amount, percentOff) : plan.amount;
  return (
    <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-y-1">
      <dt className="font-semibold">Plan</dt>
      <dd>{plan.name}</dd>
      <dt className="font-semibold">Price</dt>
      <dd>
        {formatMoney(price, plan.currency)} / {plan.interval}
        {percentOff ? (
          <>
            {" "}
            (<s>{formatMoney(plan.amount, plan.currency)}</s>)
          </>
        ) : null}
      </dd>
      {percentOff ? (
        <>
          <dt className="font-semibold">Discount</dt>
          <dd>
            {percentOff}% off{subscription.discountCode ? ` with code ${subscription.discountCode}` : ""}
            {subscription.discountEndsAt ? ` until ${formatDate(subscription.discountEndsAt)}` : ""}
          </dd>
        </>
      ) : null}
      <dt className="font-semibold">Status</dt>
      <dd>{STATUS_LABEL[subscription.status] ?? subscription.status}</dd>
      <dt className="font-semibold">{subscription.cancelAtPeriodEnd ? "Access ends" : "Renews"}</dt>
      <dd>{formatDate(subscription.currentPeriodEnd)}</dd>
    </dl>
  );
}
