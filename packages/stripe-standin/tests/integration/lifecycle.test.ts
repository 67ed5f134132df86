import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardFields, createCatalog, DAY_MS, getPage, postForm, startHarness, subscribe, type Harness } from "../../testing";

let h: Harness;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

beforeAll(async () => {
  h = await startHarness();
  catalog = await createCatalog(h.stripe);
});
afterAll(async () => h.close());

const periodEnd = (sub: Stripe.Subscription) => sub.items.data[0]!.current_period_end;
const after = (unix: number, ms = 60_000) => new Date(unix * 1000 + ms);

async function portalFor(customer: Stripe.Customer): Promise<Stripe.BillingPortal.Session> {
  return h.stripe.billingPortal.sessions.create({ customer: customer.id, return_url: "http://app.test/account" });
}

describe("subscription lifecycle", () => {
  it("renews at period end and rolls the period forward", async () => {
    const customer = await h.stripe.customers.create({ email: "renew@example.com" });
    const { subscription } = await subscribe(h, customer, catalog.monthly);
    const firstEnd = periodEnd(subscription);
    await h.standin.advanceClock(after(firstEnd));
    const renewed = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(renewed.status).toBe("active");
    expect(renewed.items.data[0]!.current_period_start).toBe(firstEnd);
    expect(periodEnd(renewed)).toBeGreaterThan(firstEnd + 27 * 86_400);
    const invoice = renewed.latest_invoice as Stripe.Invoice;
    expect(invoice.billing_reason).toBe("subscription_cycle");
    expect(invoice.status).toBe("paid");
    expect(invoice.created).toBe(firstEnd);
    await h.receiver.waitFor("invoice.paid", (e) => e.data.object.id === invoice.id);
    const updated = await h.receiver.waitFor("customer.subscription.updated", (e) => e.data.object.id === subscription.id);
    expect(updated.data.previous_attributes).toHaveProperty("latest_invoice");
  });

  it("cancels at period end: stays active until then, then canceled with a deleted event", async () => {
    const customer = await h.stripe.customers.create({ email: "leaver@example.com" });
    const { subscription } = await subscribe(h, customer, catalog.monthly);
    const updated = await h.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    expect(updated.cancel_at_period_end).toBe(true);
    expect(updated.cancel_at).toBe(periodEnd(subscription));
    expect(updated.status).toBe("active");
    const ev = await h.receiver.waitFor("customer.subscription.updated", (e) => e.data.object.id === subscription.id);
    expect(ev.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });

    await h.standin.advanceClock(after(periodEnd(subscription), -3600_000));
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).status).toBe("active");
    await h.standin.advanceClock(after(periodEnd(subscription)));
    const ended = await h.stripe.subscriptions.retrieve(subscription.id);
    expect(ended.status).toBe("canceled");
    expect(ended.ended_at).toBe(periodEnd(subscription));
    expect(ended.cancellation_details?.reason).toBe("cancellation_requested");
    await h.receiver.waitFor("customer.subscription.deleted", (e) => e.data.object.id === subscription.id);
    expect((await h.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(1);
    expect((await h.stripe.subscriptions.list({ customer: customer.id })).data).toHaveLength(0);
    expect((await h.stripe.subscriptions.list({ customer: customer.id, status: "canceled" })).data).toHaveLength(1);
  });

  it("0341 card: renewal fails → past_due → new card in the portal pays the invoice → active", async () => {
    const customer = await h.stripe.customers.create({ email: "failing@example.com" });
    const { subscription } = await subscribe(h, customer, catalog.monthly, "4000 0000 0000 0341");
    expect(subscription.status).toBe("active");
    await h.standin.advanceClock(after(periodEnd(subscription)));
    const pastDue = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(pastDue.status).toBe("past_due");
    const openInvoice = pastDue.latest_invoice as Stripe.Invoice;
    expect(openInvoice.status).toBe("open");
    expect(openInvoice.attempt_count).toBe(1);
    expect(openInvoice.next_payment_attempt).toBe(periodEnd(subscription) + 3 * 86_400);
    await h.receiver.waitFor("invoice.payment_failed", (e) => e.data.object.id === openInvoice.id);
    await h.receiver.waitFor(
      "customer.subscription.updated",
      (e) => e.data.object.id === subscription.id && e.data.object.status === "past_due",
    );

    const portal = await portalFor(customer);
    expect(portal.id).toMatch(/^bps_/);
    const page = await getPage(portal.url);
    expect(page.html).toContain("Payment failed.");
    expect(page.html).toContain("VISA ending in 0341");
    expect(page.html).toContain('href="http://app.test/account"');

    const declined = await postForm(`${portal.url}/payment-method`, cardFields("4000000000000002"));
    expect(declined.status).toBe(402);
    expect(declined.html).toMatch(/role="alert"[^>]*>Your card was declined\./);
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).status).toBe("past_due");

    const res = await postForm(`${portal.url}/payment-method`, cardFields("4242 4242 4242 4242"));
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/p/session/${portal.id}?notice=card_paid`);
    const recovered = await h.stripe.subscriptions.retrieve(subscription.id);
    expect(recovered.status).toBe("active");
    const paid = await h.stripe.invoices.retrieve(openInvoice.id);
    expect(paid.status).toBe("paid");
    expect(paid.attempt_count).toBe(2);
    await h.receiver.waitFor("invoice.paid", (e) => e.data.object.id === openInvoice.id);
    await h.receiver.waitFor(
      "customer.subscription.updated",
      (e) => e.data.object.id === subscription.id && e.data.object.status === "active",
    );

    // The next renewal uses the new card.
    await h.standin.advanceClock(after(periodEnd(recovered)));
    const next = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(next.status).toBe("active");
    expect((next.latest_invoice as Stripe.Invoice).status).toBe("paid");
  });

  it("0341 card with no fix: retried after 3 and 7 days, then canceled", async () => {
    const customer = await h.stripe.customers.create({ email: "lapsed@example.com" });
    const { subscription } = await subscribe(h, customer, catalog.monthly, "4000000000000341");
    const renewalAt = periodEnd(subscription);
    await h.standin.advanceClock(after(renewalAt + 3 * 86_400));
    const retried = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(retried.status).toBe("past_due");
    expect((retried.latest_invoice as Stripe.Invoice).attempt_count).toBe(2);
    await h.standin.advanceClock(after(renewalAt + 7 * 86_400));
    const canceled = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(canceled.status).toBe("canceled");
    expect(canceled.cancellation_details?.reason).toBe("payment_failed");
    expect((canceled.latest_invoice as Stripe.Invoice).attempt_count).toBe(3);
    const deleted = await h.receiver.waitFor("customer.subscription.deleted", (e) => e.data.object.id === subscription.id);
    expect(deleted.request).toEqual({ id: null, idempotency_key: null });
  });

  it("portal: cancel, renew and switch monthly → yearly", async () => {
    const customer = await h.stripe.customers.create({ email: "portal@example.com" });
    const { subscription } = await subscribe(h, customer, catalog.monthly);
    const portal = await portalFor(customer);
    const base = `${portal.url}/subscriptions/${subscription.id}`;
    const page = await getPage(portal.url);
    expect(page.html).toContain("$8.00 per month");
    expect(page.html).toContain("Switch to yearly billing ($80.00 per year)");
    expect(page.html).toContain("Cancel plan");

    expect((await postForm(`${base}/cancel`, {})).status).toBe(303);
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(true);
    const canceledPage = await getPage(`${portal.url}?notice=canceled`);
    expect(canceledPage.html).toContain("Renew plan");
    expect(canceledPage.html).toMatch(/role="status">Your plan will be canceled at the end of the billing period\./);
    expect((await postForm(`${base}/renew`, {})).status).toBe(303);
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(false);

    expect((await postForm(`${base}/switch`, { price: catalog.monthly.id })).status).toBe(404);
    expect((await postForm(`${base}/switch`, { price: catalog.yearly.id })).status).toBe(303);
    const switched = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(switched.items.data[0]!.price.id).toBe(catalog.yearly.id);
    const yearMs = periodEnd(switched) * 1000 - switched.items.data[0]!.current_period_start * 1000;
    expect(yearMs).toBeGreaterThanOrEqual(365 * DAY_MS);
    const invoice = switched.latest_invoice as Stripe.Invoice;
    expect(invoice.billing_reason).toBe("subscription_update");
    expect(invoice.status).toBe("paid");
    // Credit for the (almost entirely) unused month.
    expect(invoice.total).toBeLessThan(8000);
    expect(invoice.total).toBeGreaterThanOrEqual(8000 - 800);
    const otherCustomer = await h.stripe.customers.create({ email: "intruder@example.com" });
    const otherPortal = await portalFor(otherCustomer);
    expect((await postForm(`${otherPortal.url}/subscriptions/${subscription.id}/cancel`, {})).status).toBe(404);
  });

  it("API: switch price, remove discounts, cancel immediately", async () => {
    const customer = await h.stripe.customers.create({ email: "api@example.com" });
    const coupon = await h.stripe.coupons.create({ percent_off: 20, duration: "repeating", duration_in_months: 3 });
    const { subscription } = await subscribe(h, customer, catalog.monthly, "4242424242424242", { discounts: [{ coupon: coupon.id }] });
    expect(subscription.discounts).toHaveLength(1);
    const cleared = await h.stripe.subscriptions.update(subscription.id, { discounts: "", metadata: { plan: "basic" } });
    expect(cleared.discounts).toEqual([]);
    expect(cleared.metadata).toEqual({ plan: "basic" });

    const itemId = subscription.items.data[0]!.id;
    const switched = await h.stripe.subscriptions.update(subscription.id, { items: [{ id: itemId, price: catalog.yearly.id }] });
    expect(switched.items.data[0]!.price.id).toBe(catalog.yearly.id);
    expect(switched.items.data[0]!.id).toBe(itemId);

    const canceled = await h.stripe.subscriptions.cancel(subscription.id);
    expect(canceled.status).toBe("canceled");
    expect(canceled.ended_at).not.toBeNull();
    await h.receiver.waitFor("customer.subscription.deleted", (e) => e.data.object.id === subscription.id);
    await expect(h.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true })).rejects.toThrow(/canceled subscription/);
  });
});
