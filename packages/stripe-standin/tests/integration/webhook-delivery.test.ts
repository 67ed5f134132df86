import type Stripe from "stripe";
import { afterEach, describe, expect, it } from "vitest";
import { resolveDelivery, WebhookDispatcher, type DeliveryOptions } from "../../events/dispatcher";
import { buildEvent } from "../../events/emitter";
import { startHarness, WEBHOOK_SECRET, WebhookReceiver, type Harness } from "../../testing";

// Delivery like Stripe's: several at once, in no guaranteed order, sometimes twice, and a
// failing event retried on its own schedule without holding back the rest.

let h: Harness | null = null;
const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await h?.close();
  h = null;
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
});

const customerId = (e: Stripe.Event) => (e.data.object as { id: string }).id;
const emailOf = (e: Stripe.Event) => (e.data.object as { email?: string }).email;

/** Delivers `count` stored events to a fresh receiver with a dispatcher of its own; returns the order seen. */
async function deliverStored(count: number, delivery: DeliveryOptions): Promise<{ order: string[]; ids: string[] }> {
  const receiver = new WebhookReceiver();
  receivers.push(receiver);
  await receiver.start();
  const events = Array.from({ length: count }, (_, i) =>
    buildEvent({
      type: "customer.created",
      object: { id: `cus_${i}`, object: "customer" } as Stripe.Customer,
      created: 1_700_000_000 + i,
      request: null,
      pendingWebhooks: 1,
    }),
  );
  const ids = events.map((e) => e.id);
  const dispatcher = new WebhookDispatcher({
    url: receiver.url,
    secret: WEBHOOK_SECRET,
    findEvent: (id) => events.find((e) => e.id === id),
    queue: [...ids],
    onQueueChange: () => {},
    delivery: resolveDelivery(delivery),
  });
  dispatcher.kick();
  await dispatcher.idle();
  await dispatcher.close();
  return { order: receiver.received.map((r) => r.event.id), ids };
}

describe("webhook delivery", () => {
  it("keeps delivering later events while one event keeps failing", async () => {
    h = await startHarness({ delivery: { retryDelayMs: 1500 } });
    h.receiver.failWhen = (e) => emailOf(e) === "poisoned@example.com";
    const poisoned = await h.stripe.customers.create({ email: "poisoned@example.com" });
    const later = await Promise.all([1, 2, 3].map((i) => h!.stripe.customers.create({ email: `later-${i}@example.com` })));
    const delivered = await Promise.all(later.map((c) => h!.receiver.waitFor("customer.created", (e) => e.data.object.id === c.id)));
    // The poisoned event is retried on its own schedule; the others did not wait for it.
    const stored = await h.stripe.events.list({ type: "customer.created", limit: 100 });
    const poisonedId = stored.data.find((e) => customerId(e) === poisoned.id)!.id;
    const attemptsOf = (id: string) => h!.receiver.attempts.flatMap((a, i) => (a === id ? [i] : []));
    await expect.poll(() => attemptsOf(poisonedId).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const retried = attemptsOf(poisonedId)[1]!;
    for (const event of delivered) expect(attemptsOf(event.id)[0]).toBeLessThan(retried);
    expect(h.receiver.received.some((r) => customerId(r.event) === poisoned.id)).toBe(false);
  });

  it("has several deliveries in flight at once, up to the concurrency", async () => {
    h = await startHarness({ delivery: { concurrency: 3, duplicateRate: 0 } });
    h.receiver.delayMs = 300;
    const customers = await Promise.all(Array.from({ length: 8 }, (_, i) => h!.stripe.customers.create({ email: `c${i}@example.com` })));
    await h.standin.webhooksDelivered();
    expect(new Set(h.receiver.received.map((r) => customerId(r.event)))).toEqual(new Set(customers.map((c) => c.id)));
    expect(h.receiver.maxInFlight).toBe(3);
  });

  it("shuffles the order reproducibly from a seed, and keeps it with shuffle off", async () => {
    const first = await deliverStored(12, { concurrency: 1, shuffle: true, duplicateRate: 0, seed: 42 });
    const again = await deliverStored(12, { concurrency: 1, shuffle: true, duplicateRate: 0, seed: 42 });
    expect(first.order).toHaveLength(12);
    expect(first.order).not.toEqual(first.ids);
    expect(new Set(first.order)).toEqual(new Set(first.ids));
    // Same seed, same positions (event ids differ between the runs).
    expect(again.order.map((id) => again.ids.indexOf(id))).toEqual(first.order.map((id) => first.ids.indexOf(id)));
    const ordered = await deliverStored(12, { concurrency: 1, shuffle: false, duplicateRate: 0 });
    expect(ordered.order).toEqual(ordered.ids);
  });

  it("delivers events twice at the duplicate rate", async () => {
    const always = await deliverStored(5, { duplicateRate: 1 });
    expect(always.order).toHaveLength(10);
    for (const id of always.ids) expect(always.order.filter((o) => o === id)).toHaveLength(2);
    const never = await deliverStored(5, { duplicateRate: 0 });
    expect([...never.order].sort()).toEqual([...never.ids].sort());
  });
});
