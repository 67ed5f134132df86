import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { deleteAccount } from "@/lib/account/account-data";
import { db } from "@/lib/db";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe, subscribeMonthly } from "../support/app-with-stripe";

// A correctly signed event the app can't act on is recorded with the reason and acknowledged
// (Stripe would otherwise retry it for days); only transient failures answer 5xx.

const APP_SECRET = "whsec_app_unactionable";
const signer = new Stripe("sk_test_signer");
let h: Harness;

async function post(payload: string) {
  const headers = {
    "content-type": "application/json",
    "stripe-signature": signer.webhooks.generateTestHeaderString({ payload, secret: APP_SECRET }),
  };
  const response = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: payload, headers }));
  return { status: response.status, body: (await response.json()) as { outcome?: string } };
}

const eventAbout = (id: string, type: string, object: object) =>
  JSON.stringify({
    id,
    object: "event",
    type,
    data: { object },
    api_version: Stripe.API_VERSION,
    created: 1,
    livemode: false,
    pending_webhooks: 1,
    request: null,
  });

/** The stand-in's own delivery of an event about a subscription, as raw signed-payload bytes. */
async function rawBodyOf(type: "customer.subscription.created" | "customer.subscription.deleted", subscriptionId: string) {
  const event = await h.receiver.waitFor(type, (e) => e.data.object.id === subscriptionId);
  return h.receiver.received.find((r) => r.event.id === event.id)!.rawBody;
}

beforeAll(async () => {
  h = await startAppWithStripe({ STRIPE_WEBHOOK_SECRET: APP_SECRET });
});

afterAll(async () => {
  await h.close();
  await db.$disconnect();
});

describe("events the app cannot act on", () => {
  it("records an event about a subscription Stripe no longer has, and answers 200", async () => {
    const result = await post(eventAbout("evt_gone_1", "customer.subscription.updated", { id: "sub_gone", object: "subscription" }));
    expect(result).toMatchObject({ status: 200, body: { outcome: "unactionable" } });
    expect(await db.stripeEvent.findUnique({ where: { id: "evt_gone_1" } })).toMatchObject({
      status: "unactionable",
      reason: expect.stringContaining("sub_gone"),
    });
    expect((await post(eventAbout("evt_gone_1", "customer.subscription.updated", { id: "sub_gone" }))).body.outcome).toBe("duplicate");
  });

  it("records a subscription of a customer who is no reader of ours", async () => {
    const stranger = await h.stripe.customers.create({ email: "stranger@example.org" });
    const price = await h.stripe.prices.retrieve((await db.plan.findUniqueOrThrow({ where: { slug: "monthly" } })).stripePriceId!);
    const { subscribe } = await import("@dispatch/stripe-standin/testing");
    const { subscription } = await subscribe(h, stranger, price);
    const result = await post(await rawBodyOf("customer.subscription.created", subscription.id));
    expect(result).toMatchObject({ status: 200, body: { outcome: "unactionable" } });
    expect(await db.subscription.findUnique({ where: { stripeSubscriptionId: subscription.id } })).toBeNull();
  });

  it("acknowledges the cancellation webhook that follows an account deletion", async () => {
    const user = await db.user.create({ data: { email: `gone-${Date.now()}@example.org`, emailVerified: new Date() } });
    const { subscription } = await subscribeMonthly(h, user);
    expect((await post(await rawBodyOf("customer.subscription.created", subscription.id))).body.outcome).toBe("processed");
    await deleteAccount(user.id);
    const result = await post(await rawBodyOf("customer.subscription.deleted", subscription.id));
    expect(result).toMatchObject({ status: 200, body: { outcome: "unactionable" } });
  });

  it("answers 500 while Stripe can't be reached and records nothing, so Stripe's retry is processed", async () => {
    const user = await db.user.create({ data: { email: `outage-${Date.now()}@example.org`, emailVerified: new Date() } });
    const { subscription } = await subscribeMonthly(h, user);
    const payload = await rawBodyOf("customer.subscription.created", subscription.id);
    const eventId = (JSON.parse(payload) as { id: string }).id;
    await h.standin.close();
    expect((await post(payload)).status).toBe(500);
    expect(await db.stripeEvent.findUnique({ where: { id: eventId } })).toBeNull();
  });
});
