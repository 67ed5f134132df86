import { invalidRequest } from "../core/errors";
import type { Runtime } from "../state/runtime";
import { nextBillingMoment, processPeriodEnd, retryOpenInvoice } from "./renewals";

/**
 * Replays every billing moment up to `upTo` in time order (a subscription may renew several
 * times, and one subscription's retry may fall between another's renewals). The clock is set to
 * each moment first so created/period timestamps are exact. Returns how many moments ran.
 */
export function runDueBilling(rt: Runtime, upTo: number): number {
  const savedRequest = rt.request;
  // Billing driven by the clock is not caused by an API request, so its events carry no request id.
  rt.request = null;
  let processed = 0;
  try {
    for (; processed < 100_000; processed++) {
      let earliest: { at: number; subId: string } | null = null;
      for (const sub of Object.values(rt.state.subscriptions)) {
        const at = nextBillingMoment(sub);
        if (at !== null && at <= upTo && (!earliest || at < earliest.at)) earliest = { at, subId: sub.id };
      }
      const sub = earliest ? rt.state.subscriptions[earliest.subId] : undefined;
      if (!earliest || !sub) break;
      rt.clock.setNow(earliest.at);
      if (sub.nextRetryAt !== null && sub.nextRetryAt === earliest.at && sub.nextRetryAt <= sub.currentPeriodEnd) {
        retryOpenInvoice(rt, sub, true);
      } else {
        processPeriodEnd(rt, sub);
      }
    }
  } finally {
    rt.request = savedRequest;
  }
  return processed;
}

/** Moves the clock forward to `target` (unix seconds), billing everything due on the way. */
export function advanceClock(rt: Runtime, target: number): void {
  if (!Number.isFinite(target)) throw invalidRequest("Invalid `to`: expected a unix timestamp.", "to");
  if (target < rt.now()) throw invalidRequest("The clock can only move forward.", "to");
  runDueBilling(rt, target);
  rt.clock.setNow(target);
  rt.save();
}

/** Bills whatever fell due as real time passed, so periods also end without advancing the clock. */
export function catchUp(rt: Runtime): void {
  if (runDueBilling(rt, rt.now()) > 0) rt.save();
}
