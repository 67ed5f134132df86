import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardFields, createCatalog, getPage, postForm, startHarness, type Harness } from "../../testing";

let h: Harness;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

beforeAll(async () => {
  h = await startHarness();
  catalog = await createCatalog(h.stripe);
});
afterAll(async () => h.close());

describe("hosted checkout", () => {
  it("completes a subscription with 4242, redirects to success_url and sends verified webhooks", async () => {
    const customer = await h.stripe.customers.create({ email: "reader@example.com", metadata: { userId: "u_1" } });
    const session = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      line_items: [{ price: catalog.monthly.id, quantity: 1 }],
      success_url: "http://app.test/welcome?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://app.test/pricing",
      client_reference_id: "u_1",
      metadata: { userId: "u_1" },
      subscription_data: { metadata: { userId: "u_1" } },
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.status).toBe("open");
    expect(session.url).toBe(`${h.standin.url}/c/pay/${session.id}`);

    const page = await getPage(session.url ?? "");
    expect(page.status).toBe(200);
    expect(page.html).toContain("Dispatch Membership");
    expect(page.html).toContain("$8.00 per month");
    expect(page.html).toMatch(/<label for="cardNumber">/);
    expect(page.html).toMatch(/id="email"[^>]*value="reader@example.com"[^>]*readonly/);
    expect(page.html).toContain('href="http://app.test/pricing"');

    const res = await postForm(session.url ?? "", cardFields("4242 4242 4242 4242", { email: "reader@example.com" }));
    expect(res.status).toBe(303);
    expect(res.location).toBe(`http://app.test/welcome?session_id=${session.id}`);

    const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription", "line_items"] });
    expect(done.status).toBe("complete");
    expect(done.payment_status).toBe("paid");
    expect(done.customer).toBe(customer.id);
    expect(done.client_reference_id).toBe("u_1");
    expect(done.line_items?.data[0]?.price?.id).toBe(catalog.monthly.id);
    const sub = done.subscription as Stripe.Subscription;
    expect(sub.id).toMatch(/^sub_/);
    expect(sub.status).toBe("active");
    expect(sub.metadata).toEqual({ userId: "u_1" });
    const item = sub.items.data[0];
    expect(item?.id).toMatch(/^si_/);
    expect(item?.price.id).toBe(catalog.monthly.id);
    const start = new Date(item!.current_period_start * 1000);
    const end = new Date(item!.current_period_end * 1000);
    expect(end.getUTCMonth()).toBe((start.getUTCMonth() + 1) % 12);

    const invoices = await h.stripe.invoices.list({ subscription: sub.id });
    expect(invoices.data).toHaveLength(1);
    const invoice = invoices.data[0]!;
    expect(invoice.id).toMatch(/^in_/);
    expect(invoice.status).toBe("paid");
    expect(invoice.amount_paid).toBe(800);
    expect(invoice.billing_reason).toBe("subscription_create");
    expect(invoice.parent?.subscription_details?.subscription).toBe(sub.id);

    const completed = await h.receiver.waitFor("checkout.session.completed", (e) => e.data.object.id === session.id);
    expect(completed.api_version).toBe(h.stripe.getApiField("version"));
    expect(completed.livemode).toBe(false);
    const created = await h.receiver.waitFor("customer.subscription.created", (e) => e.data.object.id === sub.id);
    expect(created.data.object.status).toBe("active");
    const paid = await h.receiver.waitFor("invoice.paid", (e) => e.data.object.id === invoice.id);
    expect(paid.type).toBe("invoice.paid");

    // Stored events are retrievable through the API too, identical to what was delivered.
    const fetched = await h.stripe.events.retrieve(completed.id);
    expect(fetched.type).toBe("checkout.session.completed");
    expect(fetched.data.object).toEqual(completed.data.object);
  });

  it("re-renders a declined card with Stripe's message and creates nothing", async () => {
    const customer = await h.stripe.customers.create({ email: "declined@example.com" });
    const session = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      line_items: [{ price: catalog.monthly.id, quantity: 1 }],
      success_url: "http://app.test/ok",
    });
    const eventsBefore = (await h.stripe.events.list({ limit: 100 })).data.length;
    const res = await postForm(session.url ?? "", cardFields("4000 0000 0000 0002", { email: "declined@example.com" }));
    expect(res.status).toBe(402);
    expect(res.location).toBeNull();
    expect(res.html).toMatch(/<div role="alert"[^>]*>Your card was declined\.<\/div>/);

    const again = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(again.status).toBe("open");
    expect(again.subscription).toBeNull();
    expect((await h.stripe.subscriptions.list({ customer: customer.id, status: "all" })).data).toHaveLength(0);
    expect((await h.stripe.invoices.list({ customer: customer.id })).data).toHaveLength(0);
    expect((await h.stripe.events.list({ limit: 100 })).data.length).toBe(eventsBefore);
  });

  it("creates the customer from the typed email when the session has none", async () => {
    const session = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      customer_email: "new-reader@example.com",
      line_items: [{ price: catalog.yearly.id, quantity: 1 }],
      success_url: "http://app.test/ok",
    });
    const page = await getPage(session.url ?? "");
    expect(page.html).toMatch(/id="email"[^>]*value="new-reader@example.com"/);
    expect(page.html).not.toMatch(/id="email"[^>]*readonly/);
    const res = await postForm(session.url ?? "", cardFields("4242424242424242", { email: "new-reader@example.com" }));
    expect(res.status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["customer"] });
    const customer = done.customer as Stripe.Customer;
    expect(customer.id).toMatch(/^cus_/);
    expect(customer.email).toBe("new-reader@example.com");
    expect(done.customer_details?.email).toBe("new-reader@example.com");
    const listed = await h.stripe.customers.list({ email: "new-reader@example.com" });
    expect(listed.data.map((c) => c.id)).toEqual([customer.id]);
    await h.receiver.waitFor("customer.created", (e) => e.data.object.id === customer.id);
  });

  it("rejects invalid card input without creating anything and rejects a completed session", async () => {
    const customer = await h.stripe.customers.create({ email: "typo@example.com" });
    const session = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      line_items: [{ price: catalog.monthly.id }],
      success_url: "http://app.test/ok",
    });
    const typo = await postForm(session.url ?? "", cardFields("4242 4242 4242 4241"));
    expect(typo.html).toMatch(/role="alert"[^>]*>Your card number is incorrect\./);
    const ok = await postForm(session.url ?? "", cardFields("4242 4242 4242 4242"));
    expect(ok.status).toBe(303);
    const replay = await postForm(session.url ?? "", cardFields("4242 4242 4242 4242"));
    expect(replay.status).toBe(400);
    expect((await h.stripe.subscriptions.list({ customer: customer.id })).data).toHaveLength(1);
  });

  it("refuses to pay a session that expired, by the API or by its expires_at, like Stripe", async () => {
    const customer = await h.stripe.customers.create({ email: "late@example.com" });
    const open = (expiresAt?: number) =>
      h.stripe.checkout.sessions.create({
        mode: "subscription",
        customer: customer.id,
        line_items: [{ price: catalog.monthly.id }],
        success_url: "http://app.test/ok",
        ...(expiresAt ? { expires_at: expiresAt } : {}),
      });
    const expiredByApi = await open();
    await h.stripe.checkout.sessions.expire(expiredByApi.id);
    const refused = await postForm(expiredByApi.url ?? "", cardFields("4242 4242 4242 4242"));
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("Checkout expired");

    const now = Math.floor(h.standin.now().getTime() / 1000);
    const timedOut = await open(now + 1800);
    expect((await h.stripe.checkout.sessions.list({ customer: customer.id, status: "open" })).data.map((s) => s.id)).toEqual([timedOut.id]);
    await h.standin.advanceClock(new Date((now + 1801) * 1000));
    // The page was loaded before it expired; the reader presses Subscribe afterwards.
    const late = await postForm(timedOut.url ?? "", cardFields("4242 4242 4242 4242"));
    expect(late.status).toBe(400);
    expect(late.html).toContain("Checkout expired");
    expect((await h.stripe.checkout.sessions.retrieve(timedOut.id)).status).toBe("expired");
    expect((await h.stripe.checkout.sessions.list({ customer: customer.id, status: "open" })).data).toHaveLength(0);
    expect((await h.stripe.subscriptions.list({ customer: customer.id, status: "all" })).data).toHaveLength(0);
  });
});
