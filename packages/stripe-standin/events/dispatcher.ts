import type Stripe from "stripe";
import { signPayload } from "./signature";

export interface DispatcherOptions {
  url: string;
  secret: string;
  /** Looks up a stored event by id (the queue holds ids so it can be persisted cheaply). */
  findEvent(id: string): Stripe.EventBase | undefined;
  /** The persisted queue; the dispatcher shifts it as events are delivered or given up on. */
  queue: string[];
  onQueueChange(): void;
  maxAttempts?: number;
  baseDelayMs?: number;
  log?(message: string): void;
}

/**
 * Delivers events one at a time, oldest first, so the app sees them in the order they happened.
 * A failed delivery (non-2xx or connection error) is retried with exponential backoff
 * (1s, 2s, 4s, ...) up to `maxAttempts`; later events wait behind it, which keeps ordering
 * strict at the cost of head-of-line blocking (fine for a single local receiver).
 */
export class WebhookDispatcher {
  private running: Promise<void> | null = null;
  private closed = false;
  private sleepTimer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  private inFlight: AbortController | null = null;

  constructor(private readonly opts: DispatcherOptions) {}

  /** Call after enqueuing; starts the worker if it is idle. */
  kick(): void {
    if (this.closed || this.running) return;
    this.running = this.work().finally(() => {
      this.running = null;
      if (!this.closed && this.opts.queue.length > 0) this.kick();
    });
  }

  /** Cuts retries short and waits for the worker to stop; undelivered ids stay queued. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.sleepTimer) clearTimeout(this.sleepTimer);
    this.wake?.();
    this.inFlight?.abort();
    await this.running;
  }

  private async work(): Promise<void> {
    const maxAttempts = this.opts.maxAttempts ?? 8;
    const baseDelay = this.opts.baseDelayMs ?? 1000;
    while (!this.closed && this.opts.queue.length > 0) {
      const id = this.opts.queue[0] as string;
      const event = this.opts.findEvent(id);
      let delivered = false;
      for (let attempt = 1; event && attempt <= maxAttempts && !this.closed; attempt++) {
        delivered = await this.deliver(event);
        if (delivered) break;
        if (attempt < maxAttempts) await this.sleep(baseDelay * 2 ** (attempt - 1));
      }
      if (this.closed && !delivered) return;
      if (event && delivered) event.pending_webhooks = 0;
      if (event && !delivered) this.opts.log?.(`stripe-standin: gave up delivering ${event.type} ${id} after ${maxAttempts} attempts`);
      this.opts.queue.shift();
      this.opts.onQueueChange();
    }
  }

  private async deliver(event: Stripe.EventBase): Promise<boolean> {
    // Stripe sends pretty-printed JSON; the signature covers these exact bytes.
    const payload = JSON.stringify(event, null, 2);
    const controller = new AbortController();
    this.inFlight = controller;
    const timeout = setTimeout(() => controller.abort(), 10_000);
    try {
      const res = await fetch(this.opts.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "stripe-signature": signPayload(payload, this.opts.secret),
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
        body: payload,
        signal: controller.signal,
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.status >= 200 && res.status < 300;
    } catch {
      return false;
    } finally {
      clearTimeout(timeout);
      this.inFlight = null;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.sleepTimer = setTimeout(resolve, ms);
    });
  }
}
