import { invalidRequest, StandinError } from "./errors";

interface Saved {
  method: string;
  path: string;
  body: string;
  status: number;
  response: unknown;
}

/**
 * Replays the first response for a repeated `Idempotency-Key` (the SDK sends one with every POST
 * and reuses it on network retries). Reusing a key with different parameters is an error, as at
 * Stripe. Kept in memory only, bounded to the most recent keys.
 */
export class IdempotencyCache {
  private readonly saved = new Map<string, Saved>();

  constructor(private readonly maxEntries = 10_000) {}

  /** The saved response for this key, or null if the request should run. */
  lookup(key: string, method: string, path: string, body: string): { status: number; response: unknown } | null {
    const hit = this.saved.get(key);
    if (!hit) return null;
    if (hit.method !== method || hit.path !== path || hit.body !== body) {
      throw new StandinError(
        400,
        "idempotency_error",
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    return { status: hit.status, response: hit.response };
  }

  store(key: string, method: string, path: string, body: string, status: number, response: unknown): void {
    // Stripe saves no result when a request failed validation before running; saving successes
    // only is the simple approximation (a retried failure just fails again the same way).
    if (status < 200 || status >= 300) return;
    this.saved.set(key, { method, path, body, status, response });
    if (this.saved.size > this.maxEntries) {
      const oldest = this.saved.keys().next().value;
      if (oldest !== undefined) this.saved.delete(oldest);
    }
  }
}

export function assertIdempotencyKey(key: string): void {
  if (key.length > 255) throw invalidRequest("Idempotency-Key must be at most 255 characters long.", "idempotency_key");
}
