import { isSubscriptionEntitled, type AccessPolicy, type SubscriptionSnapshot } from "@/lib/entitlements";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The first moment this subscription no longer grants access if nothing changes (a renewal that
 * keeps failing, a cancellation taking effect), or null when it still does after `horizonDays`.
 * lib/entitlements owns those rules (grace period, period end); instead of restating them, this
 * asks isSubscriptionEntitled itself, narrowing the moment down to the millisecond.
 */
export function accessEndsAt(sub: SubscriptionSnapshot, policy: AccessPolicy, horizonDays = 400): Date | null {
  const entitledAt = (ms: number) => isSubscriptionEntitled(sub, { ...policy, now: new Date(ms) });
  let entitled = policy.now.getTime();
  if (!entitledAt(entitled)) return policy.now;
  let ended = entitled + horizonDays * DAY_MS;
  if (entitledAt(ended)) return null;
  while (ended - entitled > 1) {
    const middle = Math.floor((entitled + ended) / 2);
    if (entitledAt(middle)) entitled = middle;
    else ended = middle;
  }
  return new Date(ended);
}
