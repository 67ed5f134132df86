import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { db } from "@/lib/db";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe, subscribeMonthly } from "../support/app-with-stripe";

// Stripe may deliver one event several times at once. Through the real route handler, against
// real PostgreSQL: a hundred simultaneous deliveries of one signed event are processed once.

const APP_SECRET = "whsec_app_exactly_once";
const signer = new Stripe("sk_test_signer");
let h: Harness;

const post = (payload: string) =>
  POST(
    new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      body: payload,
      headers: {
        "content-type": "application/json",
        "stripe-signature": signer.webhooks.generateTestHeaderString({ payload, secret: APP_SECRET }),
      },
    }),
  );

beforeAll(async () => {
  h = await startAppWithStripe({ STRIPE_WEBHOOK_SECRET: APP_SECRET });
});

afterAll(async () => {
  await h.close();
  await db.$disconnect();
});

describe("concurrent duplicate deliveries", () => {
  it("process one event exactly once when a hundred copies arrive together", async () => {
    const user = await db.user.create({ data: { email: `once-${Date.now()}@example.org`, emailVerified: new Date() } });
    const { subscription } = await subscribeMonthly(h, user);
    const created = await h.receiver.waitFor("customer.subscription.created", (e) => e.data.object.id === subscription.id);
    const payload = h.receiver.received.find((r) => r.event.id === created.id)!.rawBody;

    const responses = await Promise.all(Array.from({ length: 100 }, () => post(payload)));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{ outcome?: string }>;

    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(200));
    expect(bodies.filter((b) => b.outcome === "processed")).toHaveLength(1);
    expect(bodies.filter((b) => b.outcome === "duplicate")).toHaveLength(99);
    expect(await db.stripeEvent.count({ where: { id: created.id } })).toBe(1);
    expect(await db.subscription.count({ where: { stripeSubscriptionId: subscription.id } })).toBe(1);
  });
});
