import "server-only";
import { db } from "@/lib/db";
import type { BriefPreferenceInput } from "./preference-input";
import { nextSendTime } from "./schedule";

// Whether and when a reader gets the Daily Brief. Nobody gets it without asking: subscribing
// offers it (explicit consent, which mailbox providers and privacy law both expect of bulk mail),
// and /account turns it on or off and picks the publication's 6 AM or the reader's own.

export function getBriefPreference(userId: string) {
  return db.briefPreference.findUnique({ where: { userId } });
}

export async function saveBriefPreference(userId: string, input: BriefPreferenceInput, now = new Date()): Promise<void> {
  const data = {
    enabled: input.enabled,
    timing: input.timing,
    timeZone: input.timeZone,
    // Their next 6 AM from now: a reader who chooses at 05:59 gets the brief in a minute.
    nextLocalSendAt: input.timeZone ? nextSendTime(now, input.timeZone) : null,
    unsubscribedAt: input.enabled ? null : now,
  };
  await db.briefPreference.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

/** Turns the brief on at the publication's time, keeping a reader's earlier timing if they had one. */
export async function optIntoBrief(userId: string, now = new Date()): Promise<void> {
  const existing = await getBriefPreference(userId);
  const local = existing?.timing === "LOCAL" && existing.timeZone;
  await saveBriefPreference(userId, { enabled: true, timing: local ? "LOCAL" : "PUBLICATION", timeZone: local || null }, now);
}

/** One-click unsubscribe: idempotent, and a reader without a preference row stays without one. */
export async function unsubscribeFromBrief(userId: string, now = new Date()): Promise<void> {
  await db.briefPreference.updateMany({ where: { userId, enabled: true }, data: { enabled: false, unsubscribedAt: now } });
}
