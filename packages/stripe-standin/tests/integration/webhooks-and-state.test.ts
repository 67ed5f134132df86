import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startStripeStandin } from "../../index";
import { createCatalog, DAY_MS, startHarness, subscribe, WEBHOOK_SECRET, WebhookReceiver, type Harness } from "../../testing";

const dir = mkdtempSync(join(tmpdir(), "stripe-standin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe("webhook delivery", () => {
  it("retries a delivery the receiver answered with 500 about a second later", async () => {
    h = await startHarness({ delivery: { duplicateRate: 0 } });
    h.receiver.failNext = 1;
    const started = Date.now();
    const first = await h.stripe.customers.create({ email: "retry-1@example.com" });
    await h.receiver.waitFor("customer.created", (e) => e.data.object.id === first.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const firstEvent = h.receiver.received.find((r) => (r.event.data.object as Stripe.Customer).id === first.id);
    expect(h.receiver.attempts.filter((id) => id === firstEvent?.event.id)).toHaveLength(2);
    // Delivered payloads are signed with the endpoint secret; a wrong secret fails verification.
    const { rawBody, signature } = firstEvent!;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(() => new Stripe("sk_test_x").webhooks.constructEvent(rawBody, signature, "whsec_wrong")).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it("stores events without a webhook URL and still serves them", async () => {
    const standin = await startStripeStandin({ port: 0, webhookSecret: WEBHOOK_SECRET });
    try {
      const stripe = new Stripe("sk_test_x", { host: "127.0.0.1", port: standin.port, protocol: "http" });
      const c = await stripe.customers.create({ email: "quiet@example.com" });
      const events = await stripe.events.list({ type: "customer.created" });
      expect((events.data[0]?.data.object as Stripe.Customer).id).toBe(c.id);
      expect(events.data[0]?.pending_webhooks).toBe(0);
    } finally {
      await standin.close();
    }
  });
});

describe("clock and persistence", () => {
  it("moves the clock over HTTP and refuses to go back", async () => {
    h = await startHarness();
    const before = (await (await fetch(`${h.standin.url}/_standin/clock`)).json()) as { now: number };
    expect(Math.abs(before.now - Date.now() / 1000)).toBeLessThan(5);
    const target = before.now + 40 * 86_400;
    const moved = await fetch(`${h.standin.url}/_standin/clock`, { method: "POST", body: new URLSearchParams({ to: String(target) }) });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { now: number }).now).toBe(target);
    expect(Math.floor(h.standin.now().getTime() / 1000)).toBeGreaterThanOrEqual(target);
    const customer = await h.stripe.customers.create({ email: "future@example.com" });
    expect(customer.created).toBeGreaterThanOrEqual(target);
    const back = await fetch(`${h.standin.url}/_standin/clock`, { method: "POST", body: new URLSearchParams({ to: String(before.now) }) });
    expect(back.status).toBe(400);
    expect((await fetch(`${h.standin.url}/_standin/health`)).status).toBe(200);
  });

  it("keeps customers, subscriptions and the clock across a restart with stateFile", async () => {
    const stateFile = join(dir, "state.json");
    h = await startHarness({ stateFile });
    const { monthly } = await createCatalog(h.stripe);
    const customer = await h.stripe.customers.create({ email: "persist@example.com" });
    const { subscription } = await subscribe(h, customer, monthly);
    const advancedTo = new Date(h.standin.now().getTime() + 10 * DAY_MS);
    await h.standin.advanceClock(advancedTo);
    await h.close();

    const receiver = new WebhookReceiver();
    await receiver.start();
    const restarted = await startStripeStandin({ port: 0, webhookSecret: WEBHOOK_SECRET, webhookUrl: receiver.url, stateFile });
    try {
      const stripe = new Stripe("sk_test_x", { host: "127.0.0.1", port: restarted.port, protocol: "http" });
      expect((await stripe.customers.retrieve(customer.id)).id).toBe(customer.id);
      const sub = await stripe.subscriptions.retrieve(subscription.id);
      expect(sub.status).toBe("active");
      expect(restarted.now().getTime()).toBeGreaterThanOrEqual(advancedTo.getTime() - 1000);
      // Renewal after restart still works off the persisted period.
      await restarted.advanceClock(new Date(sub.items.data[0]!.current_period_end * 1000 + 60_000));
      expect((await stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(2);
      await receiver.waitFor("invoice.paid", (e) => (e.data.object as Stripe.Invoice).billing_reason === "subscription_cycle");
    } finally {
      await restarted.close();
      await receiver.stop();
    }
  });
});
