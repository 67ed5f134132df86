import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardFields, createCatalog, DAY_MS, getPage, postForm, startHarness, subscribe, type Harness } from "../../testing";

let h: Harness;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

beforeAll(async () => {
  h = await startHarness();
  catalog = await createCatalog(h.stripe);
});
afterAll(async () => h.close());

async function newCustomer(email: string): Promise<Stripe.Customer> {
  return h.stripe.customers.create({ email });
}

function sessionParams(
  customer: Stripe.Customer,
  extra: Partial<Stripe.Checkout.SessionCreateParams>,
): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price: catalog.monthly.id, quantity: 1 }],
    success_url: "http://app.test/ok",
    ...extra,
  };
}

async function expectInvalid(promise: Promise<unknown>, message: RegExp): Promise<Stripe.errors.StripeInvalidRequestError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  const invalid = err as Stripe.errors.StripeInvalidRequestError;
  expect(invalid.message).toMatch(message);
  return invalid;
}

describe("coupons and promotion codes", () => {
  it("applies a customer-restricted code for its customer and refuses it for anyone else", async () => {
    const alice = await newCustomer("alice@example.com");
    const bob = await newCustomer("bob@example.com");
    const coupon = await h.stripe.coupons.create({ percent_off: 25, duration: "forever", name: "Friends" });
    const promo = await h.stripe.promotionCodes.create({
      promotion: { type: "coupon", coupon: coupon.id },
      code: "ALICE25",
      customer: alice.id,
    });
    expect(promo.id).toMatch(/^promo_/);
    expect(promo.promotion.coupon).toBe(coupon.id);

    const refused = await expectInvalid(
      h.stripe.checkout.sessions.create(sessionParams(bob, { discounts: [{ promotion_code: promo.id }] })),
      /restricted to a different customer/,
    );
    expect(refused.param).toBe("discounts[0][promotion_code]");
    expect(refused.statusCode).toBe(400);

    // Typing the code on the hosted page is refused the same way, and nothing is created.
    const bobSession = await h.stripe.checkout.sessions.create(sessionParams(bob, { allow_promotion_codes: true }));
    const typed = await postForm(bobSession.url ?? "", cardFields("4242424242424242", { promotionCode: "alice25" }));
    expect(typed.status).toBe(400);
    expect(typed.html).toMatch(
      /role="alert"[^>]*>This promotion code cannot be redeemed because it is restricted to a different customer\./,
    );
    expect((await h.stripe.subscriptions.list({ customer: bob.id })).data).toHaveLength(0);

    const { session, subscription } = await subscribe(h, alice, catalog.monthly, "4242424242424242", {
      discounts: [{ promotion_code: promo.id }],
    });
    expect(session.total_details?.amount_discount).toBe(200);
    expect(session.amount_total).toBe(600);
    expect(session.discounts).toEqual([{ coupon: coupon.id, promotion_code: promo.id }]);

    const sub = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["discounts", "latest_invoice"] });
    const discount = sub.discounts[0] as Stripe.Discount;
    expect(discount.id).toMatch(/^di_/);
    expect(discount.promotion_code).toBe(promo.id);
    expect(discount.source.coupon).toBe(coupon.id);
    const invoice = sub.latest_invoice as Stripe.Invoice;
    expect(invoice.subtotal).toBe(800);
    expect(invoice.total).toBe(600);
    expect(invoice.amount_paid).toBe(600);
    expect(invoice.total_discount_amounts).toEqual([{ amount: 200, discount: discount.id }]);

    expect((await h.stripe.promotionCodes.retrieve(promo.id)).times_redeemed).toBe(1);
    expect((await h.stripe.coupons.retrieve(coupon.id)).times_redeemed).toBe(1);
    const byCode = await h.stripe.promotionCodes.list({ code: "ALICE25", customer: alice.id });
    expect(byCode.data.map((p) => p.id)).toEqual([promo.id]);
  });

  it("stops redemptions at max_redemptions", async () => {
    const first = await newCustomer("first@example.com");
    const second = await newCustomer("second@example.com");
    const coupon = await h.stripe.coupons.create({ percent_off: 50, duration: "once" });
    const promo = await h.stripe.promotionCodes.create({
      promotion: { type: "coupon", coupon: coupon.id },
      code: "ONLYONCE",
      max_redemptions: 1,
    });

    const pending = await h.stripe.checkout.sessions.create(sessionParams(second, { discounts: [{ promotion_code: promo.id }] }));
    const page = await getPage(pending.url ?? "");
    expect(page.html).toContain("Discount: ONLYONCE (50% off (first payment))");
    expect(page.html).toMatch(/Total due today<\/th><td><strong>\$4\.00<\/strong>/);
    await subscribe(h, first, catalog.monthly, "4242424242424242", { discounts: [{ promotion_code: promo.id }] });
    expect((await h.stripe.promotionCodes.retrieve(promo.id)).times_redeemed).toBe(1);

    await expectInvalid(
      h.stripe.checkout.sessions.create(sessionParams(second, { discounts: [{ promotion_code: promo.id }] })),
      /maximum number of times/,
    );
    // A session created before the code ran out is re-checked at payment time.
    const res = await postForm(pending.url ?? "", cardFields("4242424242424242"));
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/role="alert"[^>]*>This promotion code has already been redeemed the maximum number of times\./);
  });

  it("refuses inactive and expired codes, and codes the page does not know", async () => {
    const carol = await newCustomer("carol@example.com");
    const coupon = await h.stripe.coupons.create({ percent_off: 10, duration: "forever" });
    const inactive = await h.stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: coupon.id }, code: "PAUSED" });
    const updated = await h.stripe.promotionCodes.update(inactive.id, { active: false });
    expect(updated.active).toBe(false);
    await expectInvalid(
      h.stripe.checkout.sessions.create(sessionParams(carol, { discounts: [{ promotion_code: inactive.id }] })),
      /inactive/,
    );

    const expiresAt = Math.floor(h.standin.now().getTime() / 1000) + 86_400;
    const expiring = await h.stripe.promotionCodes.create({
      promotion: { type: "coupon", coupon: coupon.id },
      code: "SOON",
      expires_at: expiresAt,
    });
    await h.standin.advanceClock(new Date(h.standin.now().getTime() + 2 * DAY_MS));
    const expired = await expectInvalid(
      h.stripe.checkout.sessions.create(sessionParams(carol, { discounts: [{ promotion_code: expiring.id }] })),
      /expired/,
    );
    expect(expired.code).toBe("coupon_expired");

    const session = await h.stripe.checkout.sessions.create(sessionParams(carol, { allow_promotion_codes: true }));
    const unknown = await postForm(session.url ?? "", cardFields("4242424242424242", { promotionCode: "NOPE" }));
    expect(unknown.html).toMatch(/role="alert"[^>]*>This code is invalid\./);
    await expectInvalid(
      h.stripe.checkout.sessions.create(sessionParams(carol, { allow_promotion_codes: true, discounts: [{ coupon: coupon.id }] })),
      /only specify one of these parameters: allow_promotion_codes, discounts/,
    );
  });

  it("applies a code typed on the page and discounts only the first invoice for a `once` coupon", async () => {
    const dave = await newCustomer("dave@example.com");
    const coupon = await h.stripe.coupons.create({ percent_off: 50, duration: "once" });
    await h.stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: coupon.id }, code: "HALFOFF" });
    const session = await h.stripe.checkout.sessions.create(sessionParams(dave, { allow_promotion_codes: true }));
    const res = await postForm(session.url ?? "", cardFields("4242424242424242", { promotionCode: "halfoff" }));
    expect(res.status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    const subId = done.subscription as string;
    const sub = await h.stripe.subscriptions.retrieve(subId);
    await h.standin.advanceClock(new Date(sub.items.data[0]!.current_period_end * 1000 + 60_000));
    const invoices = await h.stripe.invoices.list({ subscription: subId });
    expect(invoices.data.map((i) => [i.billing_reason, i.amount_paid])).toEqual([
      ["subscription_cycle", 800],
      ["subscription_create", 400],
    ]);
    expect((await h.stripe.subscriptions.retrieve(subId)).discounts).toEqual([]);
  });
});
