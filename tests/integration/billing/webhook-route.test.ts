import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { db } from "@/lib/db";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe, subscribeMonthly } from "../support/app-with-stripe";

// The webhook route against real PostgreSQL and the Stripe stand-in; payloads are the stand-in's
// own events, re-signed with stripe.webhooks.generateTestHeaderString.

const APP_SECRET = "whsec_app_integration";
const signer = new Stripe("sk_test_signer");
let h: Harness;
let userId: string;
let subscriptionId: string;

function deliver(payload: string, header?: string) {
  const headers = new Headers({ "content-type": "application/json" });
  if (header !== undefined) headers.set("stripe-signature", header);
  return POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: payload, headers }));
}
const signed = (payload: string, options: { secret?: string; timestamp?: number } = {}) =>
  deliver(
    payload,
    signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? APP_SECRET, timestamp: options.timestamp }),
  );
const row = () => db.subscription.findUnique({ where: { stripeSubscriptionId: subscriptionId } });
const eventPayload = (type: string) => h.receiver.received.find((r) => r.event.type === type)!.rawBody;

beforeAll(async () => {
  h = await startAppWithStripe({ STRIPE_WEBHOOK_SECRET: APP_SECRET });
  const user = await db.user.create({ data: { email: `webhook-${Date.now()}@example.org`, emailVerified: new Date() } });
  userId = user.id;
  const { subscription } = await subscribeMonthly(h, user);
  subscriptionId = subscription.id;
  await h.receiver.waitFor("customer.subscription.created");
  await h.receiver.waitFor("checkout.session.completed");
});

afterAll(async () => {
  await h.close();
  await db.$disconnect();
});

describe("POST /api/stripe/webhook", () => {
  it("rejects a missing signature, a wrong secret and a stale timestamp with 400, changing nothing", async () => {
    const payload = eventPayload("checkout.session.completed");
    expect((await deliver(payload)).status).toBe(400);
    expect((await signed(payload, { secret: "whsec_wrong" })).status).toBe(400);
    expect((await signed(payload, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(400);
    expect((await signed(payload.replace('"livemode":false', '"livemode":true'))).status).toBe(200); // sanity: re-signed tampering is a new, valid payload
    await db.stripeEvent.deleteMany();
    await db.subscription.deleteMany({ where: { stripeSubscriptionId: subscriptionId } });
    expect((await deliver(payload, "t=1,v1=deadbeef")).status).toBe(400);
    expect(await row()).toBeNull();
    expect(await db.stripeEvent.count()).toBe(0);
  });

  it("processes a valid event once, and a replay is a no-op", async () => {
    const payload = eventPayload("checkout.session.completed");
    const first = await signed(payload);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ outcome: "processed" });
    const synced = await row();
    expect(synced).toMatchObject({ status: "active", userId });

    const replay = await signed(payload);
    expect(await replay.json()).toMatchObject({ outcome: "duplicate" });
    expect((await row())?.stripeSyncedAt).toEqual(synced?.stripeSyncedAt);
  });

  it("derives state from Stripe, not event order: a late 'created' after a cancellation stays canceled", async () => {
    await h.stripe.subscriptions.cancel(subscriptionId);
    await h.receiver.waitFor("customer.subscription.deleted");
    expect((await signed(eventPayload("customer.subscription.deleted"))).status).toBe(200);
    expect((await row())?.status).toBe("canceled");
    expect((await signed(eventPayload("customer.subscription.created"))).status).toBe(200);
    expect((await row())?.status).toBe("canceled");
  });

  it("acknowledges event types it does not handle, so Stripe stops retrying them", async () => {
    const payload = JSON.stringify({
      id: "evt_unhandled_1",
      object: "event",
      type: "customer.created",
      data: { object: { id: "cus_x", object: "customer" } },
      api_version: "2026-10-28.endive",
      created: 1,
      livemode: false,
      pending_webhooks: 1,
      request: null,
    });
    const response = await signed(payload);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "ignored" });
  });
});
