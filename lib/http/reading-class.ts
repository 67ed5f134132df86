import { hasActiveSubscription, isInPaymentGracePeriod, type AccessPolicy, type Viewer } from "@/lib/entitlements";

// Which shared copy of a reading page a signed-in reader may get. A reading page depends on who
// reads it only through the access decision (full text or teaser), whether someone is signed in
// (the header's "Account" link, the paywall's "Already a subscriber?" link), the role (staff get
// the "Desk" link and read everything) and the "fix payment" banner. So every signed-in reader
// whose role is READER and who is not in a payment grace period sees exactly one of two pages:
// the one for free readers or the one for subscribers. Anyone else gets a page of their own.

export type ReadingClass = "reader" | "subscriber";

/** The class whose shared pages `viewer` sees at `policy.now`, or null for a page of their own. */
export function readingClass(viewer: Viewer, policy: AccessPolicy): ReadingClass | null {
  if (viewer.kind !== "user" || viewer.role !== "READER") return null;
  if (isInPaymentGracePeriod(viewer, policy)) return null;
  return hasActiveSubscription(viewer, policy) ? "subscriber" : "reader";
}
