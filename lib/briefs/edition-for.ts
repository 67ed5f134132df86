import { getAccess, toViewer, type AccessPolicy, type Role, type SubscriptionSnapshot } from "@/lib/entitlements";
import type { BriefEditionName } from "./emails/brief-email";

// Who gets which edition of the brief. Only readers who asked for it get anything; the one access
// decision (lib/entitlements.ts) says whether they may read it in full, as for any subscriber
// content. Pure.

/** The brief is subscriber content; its headlines are public. */
export const BRIEF_ACCESS = { access: "SUBSCRIBER" } as const;

export interface BriefReader {
  id: string;
  role: Role;
  subscriptions: SubscriptionSnapshot[];
  briefPreference: { enabled: boolean } | null;
}

/** The edition to send this reader, or null when they have not asked for the brief (or stopped it). */
export function editionFor(reader: BriefReader, policy: AccessPolicy): BriefEditionName | null {
  if (!reader.briefPreference?.enabled) return null;
  return getAccess(toViewer(reader), BRIEF_ACCESS, policy).allowed ? "full" : "free";
}
