import { lastSendTime, nextSendTime, previousSendTime } from "./schedule";

// Which 6 AM has come for readers in one zone, and which briefs it covers. Pure.

export interface LocalSlot {
  /** The reader's 6 AM that has come. */
  sendTime: Date;
  /** Briefs released after this (their previous 6 AM) and by `now` qualify. */
  windowStart: Date;
  /** Their next 6 AM, when the worker looks again. */
  next: Date;
}

/** The 6 AM in `zone` that has come by `now`, and what it covers. Pure. */
export function localSlot(now: Date, zone: string): LocalSlot {
  const sendTime = lastSendTime(now, zone);
  return { sendTime, windowStart: previousSendTime(sendTime, zone), next: nextSendTime(now, zone) };
}
