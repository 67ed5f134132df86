import type Stripe from "stripe";
import { randomSeed, seededRandom } from "../core/random";
import { signPayload } from "./signature";

/**
 * How events reach the webhook endpoint. Stripe delivers several at once, in no guaranteed
 * order, and now and then more than once; the defaults do the same, so an app developed against
 * the stand-in is always exercised that way. `{ concurrency: 1, shuffle: false, duplicateRate: 0 }`
 * delivers strictly in order, once each.
 */
export interface DeliveryOptions {
  /** Deliveries in flight at once. Default 4. */
  concurrency?: number;
  /** Send a random ready event next instead of the oldest. Default true. */
  shuffle?: boolean;
  /** Chance (0 to 1) that a delivered event is delivered once more. Default 0.1. */
  duplicateRate?: number;
  /** Seed of the shuffling and duplicating, to replay a run's choices. Default: a random one. */
  seed?: number;
  /** Attempts per delivery before giving up on it. Default 8. */
  maxAttempts?: number;
  /** Wait before the first retry, doubled for each further one. Default 1000 ms. */
  retryDelayMs?: number;
}

export type ResolvedDelivery = Required<DeliveryOptions>;

export function resolveDelivery(options: DeliveryOptions = {}): ResolvedDelivery {
  const resolved = {
    concurrency: options.concurrency ?? 4,
    shuffle: options.shuffle ?? true,
    duplicateRate: options.duplicateRate ?? 0.1,
    seed: options.seed ?? randomSeed(),
    maxAttempts: options.maxAttempts ?? 8,
    retryDelayMs: options.retryDelayMs ?? 1000,
  };
  if (!Number.isInteger(resolved.concurrency) || resolved.concurrency < 1) throw new Error("stripe-standin: concurrency must be 1 or more");
  if (!(resolved.duplicateRate >= 0 && resolved.duplicateRate <= 1))
    throw new Error("stripe-standin: duplicateRate must be between 0 and 1");
  return resolved;
}

export interface DispatcherOptions {
  url: string;
  secret: string;
  /** Looks up a stored event by id (the queue holds ids so it can be persisted cheaply). */
  findEvent(id: string): Stripe.EventBase | undefined;
  /** The persisted queue: ids still to deliver, including those in flight, so a restart resends them. */
  queue: string[];
  onQueueChange(): void;
  delivery: ResolvedDelivery;
  log?(message: string): void;
}

interface Delivery {
  id: string;
  attempts: number;
  /** Epoch ms before which this delivery is not retried. */
  notBefore: number;
  sending: boolean;
  /** A second delivery of an event already delivered (never duplicated again). */
  duplicate: boolean;
}

/**
 * Delivers queued events with up to `concurrency` requests in flight. A failed delivery (non-2xx
 * or connection error) is retried later with exponential back-off, while other events go on:
 * one event the endpoint keeps refusing never holds back the ones behind it.
 */
export class WebhookDispatcher {
  private readonly pending: Delivery[];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly controllers = new Set<AbortController>();
  private readonly random: () => number;
  private readonly idleWaiters: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;
  private scheduled = false;
  private closed = false;

  constructor(private readonly opts: DispatcherOptions) {
    this.random = seededRandom(opts.delivery.seed);
    this.pending = opts.queue.map((id) => ({ id, attempts: 0, notBefore: 0, sending: false, duplicate: false }));
  }

  /** Queues an event (the request that emitted it saves the state). */
  enqueue(id: string): void {
    this.pending.push({ id, attempts: 0, notBefore: 0, sending: false, duplicate: false });
    this.opts.queue.push(id);
    this.kick();
  }

  /** Starts delivering on the next turn, so all the events one request emits are queued together. */
  kick(): void {
    if (this.closed || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** Resolves once nothing is queued, waiting for a retry or in flight. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops retrying and waits for requests in flight; undelivered ids stay in the queue. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const controller of this.controllers) controller.abort();
    await Promise.all(this.inFlight);
    this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private isIdle(): boolean {
    return this.pending.length === 0 && this.inFlight.size === 0;
  }

  private pump(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const now = Date.now();
    const { concurrency, shuffle } = this.opts.delivery;
    while (this.inFlight.size < concurrency) {
      const ready = this.pending.filter((d) => !d.sending && d.notBefore <= now);
      if (ready.length === 0) break;
      this.start(shuffle ? ready[Math.floor(this.random() * ready.length)]! : ready[0]!);
    }
    const waiting = this.pending.filter((d) => !d.sending).map((d) => d.notBefore);
    if (waiting.length > 0 && this.inFlight.size < concurrency) {
      this.timer = setTimeout(() => this.pump(), Math.max(Math.min(...waiting) - now, 0));
    }
  }

  private start(delivery: Delivery): void {
    delivery.sending = true;
    const run = (async () => {
      const delivered = await this.send(delivery.id);
      delivery.sending = false;
      // Cut short by close(): it stays queued and is sent after a restart.
      if (this.closed && !delivered) return;
      this.settle(delivery, delivered);
    })();
    this.inFlight.add(run);
    void run.finally(() => {
      this.inFlight.delete(run);
      this.pump();
      if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
    });
  }

  private settle(delivery: Delivery, delivered: boolean): void {
    const { duplicateRate, maxAttempts, retryDelayMs } = this.opts.delivery;
    const event = this.opts.findEvent(delivery.id);
    if (delivered || !event) {
      this.remove(delivery);
      if (event) event.pending_webhooks = 0;
      if (event && !delivery.duplicate && this.random() < duplicateRate) {
        this.pending.push({ id: delivery.id, attempts: 0, notBefore: 0, sending: false, duplicate: true });
      }
    } else if (++delivery.attempts >= maxAttempts) {
      this.remove(delivery);
      this.opts.log?.(`stripe-standin: gave up delivering ${event.type} ${delivery.id} after ${maxAttempts} attempts`);
    } else {
      delivery.notBefore = Date.now() + retryDelayMs * 2 ** (delivery.attempts - 1);
    }
    this.persist();
  }

  private remove(delivery: Delivery): void {
    this.pending.splice(this.pending.indexOf(delivery), 1);
  }

  private persist(): void {
    this.opts.queue.splice(0, this.opts.queue.length, ...this.pending.map((d) => d.id));
    this.opts.onQueueChange();
  }

  private async send(id: string): Promise<boolean> {
    const event = this.opts.findEvent(id);
    if (!event) return false;
    // Stripe sends pretty-printed JSON; the signature covers these exact bytes.
    const payload = JSON.stringify(event, null, 2);
    const controller = new AbortController();
    this.controllers.add(controller);
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
      this.controllers.delete(controller);
    }
  }
}
