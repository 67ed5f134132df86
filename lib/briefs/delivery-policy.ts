// How the brief's sender treats a failed delivery. Pure.

/** Attempts per delivery before it is recorded as failed: with the back-off below, about two hours of retrying. */
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 30 * 60_000;

/**
 * A claim older than this belongs to a worker that died: another worker takes the delivery over.
 * Far longer than a batch can take while its worker lives (the SMTP timeouts in
 * lib/email/transport.ts bound every message), so a live worker's claim is never taken.
 */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;

/** Wait before the next attempt, after `attemptsMade` failed ones: 30 s, 1 min, 2 min, … up to 30 min. */
export function retryDelayMs(attemptsMade: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attemptsMade - 1));
}

/** An SMTP 5xx reply ("no such mailbox") will not change by retrying; timeouts and 4xx replies may. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export type FailureOutcome = { status: "queued"; dueAt: Date } | { status: "failed" };

export function afterFailure(attemptsMade: number, error: unknown, now: Date): FailureOutcome {
  if (isPermanentFailure(error) || attemptsMade >= MAX_ATTEMPTS) return { status: "failed" };
  return { status: "queued", dueAt: new Date(now.getTime() + retryDelayMs(attemptsMade)) };
}
