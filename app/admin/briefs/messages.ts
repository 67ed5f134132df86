// What /admin/briefs/[id] can say after an action: `?notice=` or `?error=`, mapped to fixed copy.

export const BRIEF_NOTICES = {
  scheduled: "Scheduled: it goes out at 06:00 on its date, publication time. Readers who chose their own 6 AM get it at theirs.",
  unscheduled: "Back to draft: it will not go out until you schedule it again.",
  sending: "Sending now: the worker has started. Counts below update as messages go out.",
  "test-queued": "A test copy is on its way to your inbox.",
} satisfies Record<string, string>;

export const BRIEF_ERRORS = {
  empty: "Add at least one story first.",
  "not-allowed": "That is not possible in the brief’s current state (someone may have changed it). The page shows where it is now.",
  "rate-limited": "You have sent many tests in a short time. Wait a few minutes and try again.",
  missing: "That brief no longer exists.",
  confirm: "Tick the box to confirm sending to every reader now.",
} satisfies Record<string, string>;

export type BriefNotice = keyof typeof BRIEF_NOTICES;
export type BriefError = keyof typeof BRIEF_ERRORS;

export function briefUrl(id: string, message?: { notice: BriefNotice } | { error: BriefError }): string {
  if (!message) return `/admin/briefs/${id}`;
  return "notice" in message ? `/admin/briefs/${id}?notice=${message.notice}` : `/admin/briefs/${id}?error=${message.error}`;
}
