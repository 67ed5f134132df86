import { discountedAmount } from "@/lib/discounts/discounted-amount";
import type { EmailPayloads } from "@/lib/email/email-job";
import { ENDED_STATUSES, isSubscriptionLive, type SubscriptionSnapshot, type SubscriptionStatus } from "@/lib/entitlements";
import { accessEndsAt } from "./access-ends-at";

// Which emails a change of a subscription's mirror row calls for. Pure: the sync calls it with
// the row before and after, in the transaction that writes the change, and queues the result.
// Each email's key names the subscription and the fact it reports, so a webhook delivered twice,
// late or out of order can't send it again.

type BillingEmailKind =
  "billing-welcome" | "billing-payment-failed" | "billing-cancel-scheduled" | "billing-ended" | "billing-duplicate-refunded";

export type BillingEmail = { [K in BillingEmailKind]: { kind: K; key: string; payload: EmailPayloads[K] } }[BillingEmailKind];

export interface MirrorState extends SubscriptionSnapshot {
  discountPercentOff: number | null;
}

export interface TransitionFacts {
  subscriptionId: string;
  plan: { name: string; amount: number; currency: string; interval: string };
  /** Set when this change is Dispatch canceling a second subscription, with what it refunded. */
  refunded: { amount: number; currency: string } | null;
  /** The subscription ended because the reader deleted their account: that email says so. */
  endedWithAccount: boolean;
  /** When the change was seen, and the grace setting, to say until when the reader keeps reading. */
  observedAt: Date;
  pastDueGraceDays: number;
}

const isEnded = (status: SubscriptionStatus) => (ENDED_STATUSES as readonly SubscriptionStatus[]).includes(status);
const isPaying = (status: SubscriptionStatus) => status === "active" || status === "trialing";

export function billingEmailsFor(previous: MirrorState | null, next: MirrorState, facts: TransitionFacts): BillingEmail[] {
  const { subscriptionId: id, plan } = facts;
  // A duplicate's only news is that it was refunded: no welcome, no "your subscription ended".
  if (facts.refunded) {
    return [
      { kind: "billing-duplicate-refunded", key: `billing.duplicate-refunded:${id}`, payload: { planName: plan.name, ...facts.refunded } },
    ];
  }
  const policy = { now: facts.observedAt, pastDueGraceDays: facts.pastDueGraceDays };
  const until = (fallback: Date) => (accessEndsAt(next, policy) ?? fallback).toISOString();
  const emails: BillingEmail[] = [];
  if (isPaying(next.status) && (!previous || previous.status === "incomplete")) {
    const percentOff = next.discountPercentOff;
    emails.push({
      kind: "billing-welcome",
      key: `billing.welcome:${id}`,
      payload: {
        planName: plan.name,
        amount: percentOff ? discountedAmount(plan.amount, percentOff) : plan.amount,
        currency: plan.currency,
        interval: plan.interval,
        percentOff,
        renewsAt: next.currentPeriodEnd.toISOString(),
      },
    });
  }
  if (next.status === "past_due" && previous?.status !== "past_due" && next.pastDueSince) {
    emails.push({
      kind: "billing-payment-failed",
      key: `billing.payment-failed:${id}:${next.pastDueSince.toISOString()}`,
      payload: { planName: plan.name, readableUntil: until(next.pastDueSince) },
    });
  }
  if (next.cancelAtPeriodEnd && isSubscriptionLive(next) && !previous?.cancelAtPeriodEnd) {
    emails.push({
      kind: "billing-cancel-scheduled",
      key: `billing.cancel-scheduled:${id}:${next.currentPeriodEnd.toISOString()}`,
      payload: { planName: plan.name, accessUntil: until(next.currentPeriodEnd) },
    });
  }
  if (isEnded(next.status) && previous && isSubscriptionLive(previous) && previous.status !== "incomplete" && !facts.endedWithAccount) {
    emails.push({ kind: "billing-ended", key: `billing.ended:${id}`, payload: { planName: plan.name } });
  }
  return emails;
}
