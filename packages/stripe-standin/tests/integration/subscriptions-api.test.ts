import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalog, startHarness, subscribe, type Harness } from "../../testing";

// Subscriptions made through the API (the way a test suite creates them at real Stripe, which
// has no hosted-checkout automation), cancellation details, and refunds of their payments.

let h: Harness;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

beforeAll(async () => {
  h = await startHarness();
  catalog = await createCatalog(h.stripe);
});
afterAll(async () => h.close());

async function apiSubscription(email: string) {
  const customer = await h.stripe.customers.create({ email });
  const card = await h.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
  const subscription = await h.stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: catalog.monthly.id }],
    default_payment_method: card.id,
    metadata: { userId: "u_api" },
  });
  return { customer, card, subscription };
}

describe("subscriptions through the API", () => {
  it("charges an attached test PaymentMethod for the first period at once", async () => {
    const { customer, card, subscription } = await apiSubscription("api@example.com");
    expect(card).toMatchObject({ object: "payment_method", type: "card", customer: customer.id, card: { brand: "visa", last4: "4242" } });
    expect(card.id).toMatch(/^pm_/);
    expect(subscription).toMatchObject({ status: "active", customer: customer.id, metadata: { userId: "u_api" } });
    const [invoice] = (await h.stripe.invoices.list({ subscription: subscription.id })).data;
    expect(invoice).toMatchObject({ status: "paid", amount_paid: 800, billing_reason: "subscription_create" });
    const payments = await h.stripe.invoicePayments.list({ invoice: invoice!.id, status: "paid" });
    expect(payments.data).toHaveLength(1);
    expect(payments.data[0]).toMatchObject({ amount_paid: 800, payment: { type: "payment_intent" } });
    expect(payments.data[0]!.payment.payment_intent).toMatch(/^pi_/);
    await h.receiver.waitFor("customer.subscription.created", (e) => e.data.object.id === subscription.id);
    await h.receiver.waitFor("invoice.paid", (e) => e.data.object.id === invoice!.id);
  });

  it("refuses to attach a declining test card, and to use a PaymentMethod the customer doesn't have", async () => {
    const customer = await h.stripe.customers.create({ email: "declined-api@example.com" });
    await expect(h.stripe.paymentMethods.attach("pm_card_chargeDeclined", { customer: customer.id })).rejects.toThrow(
      Stripe.errors.StripeCardError,
    );
    await expect(h.stripe.paymentMethods.attach("pm_card_unknown", { customer: customer.id })).rejects.toMatchObject({
      code: "resource_missing",
    });
    await expect(
      h.stripe.subscriptions.create({ customer: customer.id, items: [{ price: catalog.monthly.id }], default_payment_method: "pm_other" }),
    ).rejects.toMatchObject({ param: "default_payment_method" });
  });

  it("leaves a subscription incomplete when there is no card to charge", async () => {
    const customer = await h.stripe.customers.create({ email: "no-card@example.com" });
    const subscription = await h.stripe.subscriptions.create({ customer: customer.id, items: [{ price: catalog.yearly.id }] });
    expect(subscription.status).toBe("incomplete");
    expect((await h.stripe.invoices.list({ subscription: subscription.id })).data[0]?.status).toBe("open");
  });
});

describe("cancellation details and refunds", () => {
  it("records the comment given when canceling, and an idempotent retry of the cancel replays", async () => {
    const { subscription } = await apiSubscription("cancel-comment@example.com");
    const params = { cancellation_details: { comment: "second subscription" } };
    const canceled = await h.stripe.subscriptions.cancel(subscription.id, params, { idempotencyKey: `cancel-${subscription.id}` });
    expect(canceled.cancellation_details).toMatchObject({ comment: "second subscription", reason: "cancellation_requested" });
    const again = await h.stripe.subscriptions.cancel(subscription.id, params, { idempotencyKey: `cancel-${subscription.id}` });
    expect(again.status).toBe("canceled");
    await expect(h.stripe.subscriptions.cancel(subscription.id)).rejects.toThrow(Stripe.errors.StripeInvalidRequestError);
  });

  it("refunds a payment in full once; a second refund is refused as already refunded", async () => {
    const customer = await h.stripe.customers.create({ email: "refund@example.com" });
    const { subscription } = await subscribe(h, customer, catalog.yearly);
    const [invoice] = (await h.stripe.invoices.list({ subscription: subscription.id })).data;
    const [payment] = (await h.stripe.invoicePayments.list({ invoice: invoice!.id })).data;
    const paymentIntent = payment!.payment.payment_intent as string;

    const refund = await h.stripe.refunds.create({ payment_intent: paymentIntent, reason: "duplicate" });
    expect(refund).toMatchObject({ object: "refund", amount: 8000, currency: "usd", status: "succeeded", reason: "duplicate" });
    await expect(h.stripe.refunds.create({ payment_intent: paymentIntent })).rejects.toMatchObject({ code: "charge_already_refunded" });
    expect((await h.stripe.refunds.list({ payment_intent: paymentIntent })).data.map((r) => r.id)).toEqual([refund.id]);
    expect((await h.stripe.refunds.retrieve(refund.id)).amount).toBe(8000);
    await h.receiver.waitFor("refund.created", (e) => e.data.object.id === refund.id);
  });

  it("refunds part of a payment and refuses more than is left", async () => {
    const customer = await h.stripe.customers.create({ email: "partial@example.com" });
    const { subscription } = await subscribe(h, customer, catalog.monthly);
    const [invoice] = (await h.stripe.invoices.list({ subscription: subscription.id })).data;
    const paymentIntent = (await h.stripe.invoicePayments.list({ invoice: invoice!.id })).data[0]!.payment.payment_intent as string;
    await h.stripe.refunds.create({ payment_intent: paymentIntent, amount: 300 });
    await expect(h.stripe.refunds.create({ payment_intent: paymentIntent, amount: 600 })).rejects.toMatchObject({ param: "amount" });
    expect((await h.stripe.refunds.create({ payment_intent: paymentIntent })).amount).toBe(500);
  });
});
