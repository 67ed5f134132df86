// When a subscriber's academic status must be confirmed again. Pure, so the calendar rules
// can be tested with fixed dates. With a discount of limited duration there is nothing to do:
// Stripe ends the coupon by itself.

export const RECONFIRM_EVERY_MONTHS = 12;
export const REMIND_DAYS_BEFORE = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function reconfirmationDueAt(confirmedAt: Date): Date {
  const due = new Date(confirmedAt);
  due.setUTCMonth(due.getUTCMonth() + RECONFIRM_EVERY_MONTHS);
  return due;
}

export interface ReconfirmationState {
  confirmedAt: Date;
  reconfirmRequestedAt: Date | null;
  discountRemovedAt: Date | null;
}

export type ReconfirmationStep = "none" | "remind" | "remove";

export function planReconfirmation(state: ReconfirmationState, duration: "forever" | number, now: Date): ReconfirmationStep {
  if (duration !== "forever" || state.discountRemovedAt) return "none";
  const due = reconfirmationDueAt(state.confirmedAt);
  if (now >= due) return "remove";
  const remindFrom = new Date(due.getTime() - REMIND_DAYS_BEFORE * DAY_MS);
  const alreadyReminded = state.reconfirmRequestedAt !== null && state.reconfirmRequestedAt >= remindFrom;
  return now >= remindFrom && !alreadyReminded ? "remind" : "none";
}
