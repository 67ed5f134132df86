import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { startStripeStandin, type StandinOptions, type StripeStandin } from "./index";

export const WEBHOOK_SECRET = "whsec_test_standin_secret";

export interface ReceivedEvent {
  event: Stripe.Event;
  rawBody: string;
  signature: string;
}

/**
 * A tiny webhook receiver like the app's route: it verifies every delivery with the SDK's
 * `constructEvent` (throwing away anything unsigned). It can be told to fail the first N
 * deliveries or every delivery of some events, and to answer slowly.
 */
export class WebhookReceiver {
  readonly received: ReceivedEvent[] = [];
  readonly attempts: string[] = [];
  failNext = 0;
  /** Answers 500 to every delivery of an event for which this returns true. */
  failWhen: (event: Stripe.Event) => boolean = () => false;
  /** Milliseconds to wait before answering. */
  delayMs = 0;
  /** Most deliveries seen in progress at the same time. */
  maxInFlight = 0;
  private inFlight = 0;
  private server: Server | null = null;
  private readonly verifier = new Stripe("sk_test_verifier");
  url = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        this.inFlight += 1;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        setTimeout(() => {
          this.inFlight -= 1;
          this.answer(Buffer.concat(chunks).toString("utf8"), String(req.headers["stripe-signature"] ?? ""), res);
        }, this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhook`;
  }

  private answer(rawBody: string, signature: string, res: ServerResponse): void {
    const parsed = JSON.parse(rawBody) as Stripe.Event;
    this.attempts.push(parsed.id);
    const fail = this.failNext > 0 || this.failWhen(parsed);
    if (this.failNext > 0) this.failNext -= 1;
    if (fail) {
      res.writeHead(500).end("boom");
      return;
    }
    try {
      const event = this.verifier.webhooks.constructEvent(rawBody, signature, WEBHOOK_SECRET);
      this.received.push({ event, rawBody, signature });
      res.writeHead(200).end("ok");
    } catch {
      res.writeHead(400).end("bad signature");
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  types(): string[] {
    return this.received.map((r) => r.event.type);
  }

  /** Waits until a verified event of `type` matches; deliveries are asynchronous. */
  async waitFor<T extends Stripe.Event["type"]>(
    type: T,
    match: (e: Extract<Stripe.Event, { type: T }>) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Extract<Stripe.Event, { type: T }>> {
    const isType = (e: Stripe.Event): e is Extract<Stripe.Event, { type: T }> => e.type === type;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const { event } of this.received) if (isType(event) && match(event)) return event;
      if (Date.now() > deadline) throw new Error(`no ${type} webhook within ${timeoutMs}ms; got: ${this.types().join(", ")}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

export interface Harness {
  standin: StripeStandin;
  stripe: Stripe;
  receiver: WebhookReceiver;
  close(): Promise<void>;
}

export async function startHarness(extra: Partial<StandinOptions> = {}): Promise<Harness> {
  const receiver = new WebhookReceiver();
  await receiver.start();
  const standin = await startStripeStandin({ port: 0, webhookUrl: receiver.url, webhookSecret: WEBHOOK_SECRET, ...extra });
  // Exactly how the app points the official SDK at the stand-in.
  const stripe = new Stripe("sk_test_standin", { host: "127.0.0.1", port: standin.port, protocol: "http", maxNetworkRetries: 0 });
  return {
    standin,
    stripe,
    receiver,
    close: async () => {
      await standin.close();
      await receiver.stop();
    },
  };
}

export async function createCatalog(stripe: Stripe): Promise<{ product: Stripe.Product; monthly: Stripe.Price; yearly: Stripe.Price }> {
  const product = await stripe.products.create({ name: "Dispatch Membership" });
  const monthly = await stripe.prices.create({
    product: product.id,
    currency: "usd",
    unit_amount: 800,
    recurring: { interval: "month" },
    lookup_key: `monthly_${product.id}`,
  });
  const yearly = await stripe.prices.create({
    product: product.id,
    currency: "usd",
    unit_amount: 8000,
    recurring: { interval: "year" },
    lookup_key: `yearly_${product.id}`,
  });
  return { product, monthly, yearly };
}

export interface FormResponse {
  status: number;
  location: string | null;
  html: string;
}

/** Posts a hosted-page form like a browser without JavaScript would (no redirect following). */
export async function postForm(url: string, fields: Record<string, string>): Promise<FormResponse> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
  return { status: res.status, location: res.headers.get("location"), html: await res.text() };
}

export async function getPage(url: string): Promise<{ status: number; html: string }> {
  const res = await fetch(url);
  return { status: res.status, html: await res.text() };
}

export function cardFields(number: string, extra: Record<string, string> = {}): Record<string, string> {
  return { cardNumber: number, cardExpiry: "12 / 34", cardCvc: "123", billingName: "Ada Reader", ...extra };
}

/** Runs a checkout for `customer` with `price` to completion with the given card. */
export async function subscribe(
  h: Harness,
  customer: Stripe.Customer,
  price: Stripe.Price,
  card = "4242 4242 4242 4242",
  params: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Promise<{ session: Stripe.Checkout.Session; subscription: Stripe.Subscription }> {
  const session = await h.stripe.checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price: price.id, quantity: 1 }],
    success_url: "http://app.test/success?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://app.test/cancel",
    ...params,
  });
  const res = await postForm(session.url ?? "", cardFields(card, { email: customer.email ?? "" }));
  if (res.status !== 303)
    throw new Error(`checkout failed (${res.status}): ${/role="alert"[^>]*>([^<]*)/.exec(res.html)?.[1] ?? res.html.slice(0, 200)}`);
  const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription"] });
  return { session: done, subscription: done.subscription as Stripe.Subscription };
}

export const DAY_MS = 86_400_000;
