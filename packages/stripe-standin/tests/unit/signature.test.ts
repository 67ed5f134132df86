import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { signPayload } from "../../events/signature";

const secret = "whsec_unit";
const stripe = new Stripe("sk_test_unit");

describe("webhook signatures", () => {
  it("produce headers the official SDK verifies", () => {
    const payload = JSON.stringify({ id: "evt_1", object: "event", type: "customer.created", data: { object: {} } }, null, 2);
    const event = stripe.webhooks.constructEvent(payload, signPayload(payload, secret), secret);
    expect(event.id).toBe("evt_1");
  });

  it("fail verification for a tampered payload or a stale timestamp", () => {
    const payload = '{"id":"evt_2"}';
    const header = signPayload(payload, secret);
    expect(() => stripe.webhooks.constructEvent('{"id":"evt_3"}', header, secret)).toThrow(Stripe.errors.StripeSignatureVerificationError);
    const stale = signPayload(payload, secret, Math.floor(Date.now() / 1000) - 3600);
    expect(() => stripe.webhooks.constructEvent(payload, stale, secret)).toThrow(/Timestamp outside the tolerance zone/);
  });
});
