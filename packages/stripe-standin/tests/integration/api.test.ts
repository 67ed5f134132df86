import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalog, startHarness, subscribe, type Harness } from "../../testing";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (e: unknown) => e,
  );
}

describe("Stripe API surface through the official SDK", () => {
  it("raises the SDK's error classes with Stripe's error shape", async () => {
    const missing = await rejection(h.stripe.customers.retrieve("cus_doesnotexist"));
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const err = missing as Stripe.errors.StripeInvalidRequestError;
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe("resource_missing");
    expect(err.param).toBe("id");
    expect(err.message).toBe("No such customer: 'cus_doesnotexist'");
    expect(err.requestId).toMatch(/^req_/);

    const live = new Stripe("sk_live_nope", { host: "127.0.0.1", port: h.standin.port, protocol: "http" });
    expect(await rejection(live.customers.list())).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const unauth = await fetch(`${h.standin.url}/v1/customers`);
    expect(unauth.status).toBe(401);
    expect(((await unauth.json()) as { error: { type: string } }).error.type).toBe("invalid_request_error");

    const missingParam = await rejection(h.stripe.checkout.sessions.create({ mode: "subscription", success_url: "http://x.test" }));
    expect(missingParam).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((missingParam as Stripe.errors.StripeInvalidRequestError).param).toBe("line_items");
    expect((missingParam as Stripe.errors.StripeInvalidRequestError).code).toBe("parameter_missing");
  });

  it("creates, updates, lists and deletes customers", async () => {
    const a = await h.stripe.customers.create({ email: "list@example.com", name: "A", metadata: { userId: "1", plan: "x" } });
    expect(a.id).toMatch(/^cus_/);
    const b = await h.stripe.customers.create({ email: "other@example.com" });
    const updated = await h.stripe.customers.update(a.id, { name: "Ada", metadata: { plan: "", team: "news" } });
    expect(updated.name).toBe("Ada");
    expect(updated.metadata).toEqual({ userId: "1", team: "news" });
    const listed = await h.stripe.customers.list({ email: "list@example.com" });
    expect(listed.data.map((c) => c.id)).toEqual([a.id]);
    const deleted = await h.stripe.customers.del(b.id);
    expect(deleted.deleted).toBe(true);
    const again = await h.stripe.customers.retrieve(b.id);
    expect(again.deleted).toBe(true);
    expect((await h.stripe.customers.list({ email: "other@example.com" })).data).toHaveLength(0);
    await expect(h.stripe.customers.update(b.id, { name: "x" })).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });

  it("filters prices by lookup_keys, product and active, and expands data.product", async () => {
    const { product, monthly, yearly } = await createCatalog(h.stripe);
    expect(product.id).toMatch(/^prod_/);
    expect(monthly.id).toMatch(/^price_/);
    expect(monthly.recurring?.interval).toBe("month");
    expect(yearly.recurring?.interval).toBe("year");
    const byKey = await h.stripe.prices.list({ lookup_keys: [`yearly_${product.id}`], expand: ["data.product"] });
    expect(byKey.data.map((p) => p.id)).toEqual([yearly.id]);
    expect((byKey.data[0]!.product as Stripe.Product).name).toBe("Dispatch Membership");
    await h.stripe.prices.update(monthly.id, { active: false, metadata: { legacy: "true" } });
    const active = await h.stripe.prices.list({ product: product.id, active: true });
    expect(active.data.map((p) => p.id)).toEqual([yearly.id]);
    const all = await h.stripe.prices.list({ product: product.id });
    expect(all.data.map((p) => p.id)).toEqual([yearly.id, monthly.id]);
    const dup = await rejection(
      h.stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 1, lookup_key: `yearly_${product.id}` }),
    );
    expect(dup).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const moved = await h.stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount: 9000,
      recurring: { interval: "year" },
      lookup_key: `yearly_${product.id}`,
      transfer_lookup_key: true,
    });
    expect((await h.stripe.prices.retrieve(yearly.id)).lookup_key).toBeNull();
    expect((await h.stripe.prices.list({ lookup_keys: [`yearly_${product.id}`] })).data.map((p) => p.id)).toEqual([moved.id]);
    const archived = await h.stripe.products.update(product.id, { active: false });
    expect(archived.active).toBe(false);
    expect((await h.stripe.products.list({ active: false })).data.map((p) => p.id)).toContain(product.id);
  });

  it("paginates lists with starting_after / has_more and SDK auto-pagination", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await h.stripe.customers.create({ email: `page@example.com` })).id);
    const first = await h.stripe.customers.list({ email: "page@example.com", limit: 2 });
    expect(first.data.map((c) => c.id)).toEqual([ids[4], ids[3]]);
    expect(first.has_more).toBe(true);
    const second = await h.stripe.customers.list({ email: "page@example.com", limit: 2, starting_after: ids[3] });
    expect(second.data.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    const everything: string[] = [];
    for await (const c of h.stripe.customers.list({ email: "page@example.com", limit: 2 })) everything.push(c.id);
    expect(everything).toEqual([...ids].reverse());
  });

  it("honours Idempotency-Key: same key replays, different params conflict", async () => {
    const first = await h.stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "key-1" });
    const replay = await h.stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "key-1" });
    expect(replay.id).toBe(first.id);
    expect(replay.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect((await h.stripe.customers.list({ email: "idem@example.com" })).data).toHaveLength(1);
    const conflict = await rejection(h.stripe.customers.create({ email: "changed@example.com" }, { idempotencyKey: "key-1" }));
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it("expands subscription fields and lists invoices by customer", async () => {
    const { monthly } = await createCatalog(h.stripe);
    const customer = await h.stripe.customers.create({ email: "expand@example.com" });
    const { subscription } = await subscribe(h, customer, monthly);
    const sub = await h.stripe.subscriptions.retrieve(subscription.id, {
      expand: ["customer", "latest_invoice", "items.data.price.product"],
    });
    expect((sub.customer as Stripe.Customer).email).toBe("expand@example.com");
    expect((sub.latest_invoice as Stripe.Invoice).status).toBe("paid");
    expect((sub.items.data[0]!.price.product as Stripe.Product).name).toBe("Dispatch Membership");
    const invoices = await h.stripe.invoices.list({ customer: customer.id, expand: ["data.parent.subscription_details.subscription"] });
    const parentSub = invoices.data[0]!.parent?.subscription_details?.subscription as Stripe.Subscription;
    expect(parentSub.id).toBe(subscription.id);
    const listed = await h.stripe.subscriptions.list({ customer: customer.id, status: "active" });
    expect(listed.data.map((s) => s.id)).toEqual([subscription.id]);
    const cust = await h.stripe.customers.retrieve(customer.id, { expand: ["subscriptions"] });
    expect((cust as Stripe.Customer).subscriptions?.data.map((s) => s.id)).toEqual([subscription.id]);
    const badDepth = await rejection(h.stripe.subscriptions.retrieve(subscription.id, { expand: ["a.b.c.d.e"] }));
    expect(badDepth).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });

  it("lists events newest first, filtered by type", async () => {
    await h.stripe.customers.create({ email: "events@example.com" });
    const events = await h.stripe.events.list({ type: "customer.created", limit: 3 });
    expect(events.data.length).toBeGreaterThan(0);
    expect(events.data.every((e) => e.type === "customer.created")).toBe(true);
    expect((events.data[0]!.data.object as Stripe.Customer).email).toBe("events@example.com");
    expect(events.data[0]!.id).toMatch(/^evt_/);
    const wildcard = await h.stripe.events.list({ type: "customer.*", limit: 100 });
    expect(new Set(wildcard.data.map((e) => e.type.split(".")[0]))).toEqual(new Set(["customer"]));
  });
});
