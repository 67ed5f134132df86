import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Stripe from "stripe";
import { e2eDb } from "./support/db";
import { E2E } from "./support/e2e-env";

// A burst of 1,000 signed Stripe webhook deliveries to the real route over HTTP: twenty
// subscriptions in different final states at Stripe (the stand-in), eight events each, every
// event sent five to seven times, shuffled, two hundred at a time. Each event must be processed
// exactly once, nothing may answer 5xx, each reader gets each billing email once, and the
// mirror must end equal to Stripe.

const SUBSCRIPTIONS = 20;
const DELIVERIES = 1_000;
const IN_FLIGHT = 200;
const standin = new URL(E2E.standinUrl);
const stripe = new Stripe("sk_test_e2e_burst", { host: standin.hostname, port: Number(standin.port), protocol: "http" });
// The start script keeps the stand-in's webhook secret in the data folder; the app verifies with it.
const webhookSecret = () => `whsec_${fs.readFileSync(path.join(E2E.dataDir, "secrets", "stripe-webhook"), "utf8")}`;

/** Sets up a subscription at Stripe and leaves it in one of four states. */
async function subscriptionAtStripe(i: number, prices: { monthly: string; yearly: string }, userId: string) {
  const customer = await stripe.customers.create({ email: `burst-${userId}@example.org`, metadata: { userId } });
  const card = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
  const sub = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: prices.monthly }],
    default_payment_method: card.id,
    metadata: { userId },
  });
  if (i % 4 === 1) await stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
  if (i % 4 === 2) await stripe.subscriptions.update(sub.id, { items: [{ id: sub.items.data[0]!.id, price: prices.yearly }] });
  if (i % 4 === 3) await stripe.subscriptions.cancel(sub.id);
  return sub.id;
}

/** The events Stripe sends about one subscription, as the webhook reads them (it re-reads the subscription). */
function eventsFor(subscription: Stripe.Subscription, stamp: string): Array<Record<string, unknown>> {
  const invoice = { object: "invoice", id: `in_${stamp}`, parent: { subscription_details: { subscription: subscription.id } } };
  const objects: Array<[string, Record<string, unknown>]> = [
    ["checkout.session.completed", { object: "checkout.session", id: `cs_${stamp}`, subscription: subscription.id }],
    ["customer.subscription.created", { ...subscription }],
    ["customer.subscription.updated", { ...subscription }],
    ["customer.subscription.updated", { ...subscription }],
    ["invoice.paid", invoice],
    ["invoice.payment_succeeded", invoice],
    ["customer.updated", { object: "customer", id: subscription.customer }],
    subscription.status === "canceled"
      ? ["customer.subscription.deleted", { ...subscription }]
      : ["customer.subscription.updated", { ...subscription }],
  ];
  return objects.map(([type, object], n) => ({
    id: `evt_burst_${stamp}_${n}`,
    object: "event",
    type,
    api_version: "2025-09-30.clover",
    created: Math.floor(Date.now() / 1000) - n,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  }));
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

test("1,000 concurrent, duplicated, shuffled webhook deliveries: each event once, no 5xx, the mirror equals Stripe", async () => {
  const testStart = Date.now();
  // About a minute on a quiet machine; several on a machine loaded by other work.
  test.setTimeout(300_000);
  const db = e2eDb();
  const plans = await db.query<{ slug: string; price: string }>(`SELECT slug, "stripePriceId" AS price FROM "Plan"`);
  const price = (slug: string) => plans.rows.find((p) => p.slug === slug)!.price;
  const userIds = Array.from({ length: SUBSCRIPTIONS }, () => crypto.randomUUID());
  for (const id of userIds)
    await db.query(`INSERT INTO "User" (id, email, "emailVerified", role, "updatedAt") VALUES ($1, $2, now(), 'READER', now())`, [
      id,
      `burst-${id}@example.org`,
    ]);
  // The stand-in delivers its own events about these subscriptions meanwhile, as Stripe would:
  // the burst races them.
  const subs = await Promise.all(
    userIds.map((id, i) => subscriptionAtStripe(i, { monthly: price("monthly"), yearly: price("yearly") }, id)),
  );

  const atStripe = await Promise.all(subs.map((id) => stripe.subscriptions.retrieve(id)));
  console.log(`webhook burst: twenty subscriptions at Stripe after ${Date.now() - testStart} ms`);
  const events = atStripe.flatMap((sub, i) => eventsFor(sub, `${Date.now().toString(36)}${i}`));
  const payloads = events.map((e) => JSON.stringify(e));
  const deliveries = shuffle(Array.from({ length: DELIVERIES }, (_, n) => payloads[n % payloads.length]!));
  const secret = webhookSecret();

  const outcomes = new Map<string, string[]>();
  const failures: string[] = [];
  let next = 0;
  const startedAt = Date.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < deliveries.length) {
        const payload = deliveries[next++]!;
        const signature = stripe.webhooks.generateTestHeaderString({ payload, secret });
        try {
          const response = await fetch(`${E2E.appUrl}/api/stripe/webhook`, {
            method: "POST",
            headers: { "content-type": "application/json", "stripe-signature": signature },
            body: payload,
          });
          const body = (await response.json()) as { outcome?: string; error?: string };
          const id = (JSON.parse(payload) as { id: string }).id;
          if (response.status !== 200) failures.push(`${id} → ${response.status} ${body.error}`);
          outcomes.set(id, [...(outcomes.get(id) ?? []), body.outcome ?? `status ${response.status}`]);
        } catch (error) {
          failures.push(`delivery failed: ${(error as Error).message}`);
        }
      }
    }),
  );
  console.log(`webhook burst: ${DELIVERIES} deliveries of ${events.length} events in ${Date.now() - startedAt} ms`);

  expect(failures).toEqual([]);
  // Exactly once: one delivery of each event did the work, every other one was a duplicate.
  for (const [id, seen] of outcomes) {
    expect(
      seen.filter((o) => o !== "duplicate"),
      `${id}: ${seen.join(", ")}`,
    ).toHaveLength(1);
    expect(seen.filter((o) => o === "processed" || o === "ignored")).toHaveLength(1);
  }
  expect(outcomes.size).toBe(events.length);
  const recorded = await db.query<{ status: string; n: number }>(
    `SELECT status::text, count(*)::int AS n FROM "StripeEvent" WHERE id = ANY($1) GROUP BY status ORDER BY status::text`,
    [events.map((e) => e.id)],
  );
  // One row per event; only the customer events (nothing to sync) are ignored, none is unactionable.
  expect(recorded.rows).toEqual([
    { status: "ignored", n: SUBSCRIPTIONS },
    { status: "processed", n: events.length - SUBSCRIPTIONS },
  ]);

  // The mirror equals Stripe.
  for (const sub of atStripe) {
    const { rows } = await db.query<{ status: string; cancelAtPeriodEnd: boolean; currentPeriodEnd: Date; price: string }>(
      `SELECT s.status, s."cancelAtPeriodEnd", s."currentPeriodEnd", p."stripePriceId" AS price
       FROM "Subscription" s JOIN "Plan" p ON p.id = s."planId" WHERE s."stripeSubscriptionId" = $1`,
      [sub.id],
    );
    const item = sub.items.data[0]!;
    expect(rows, sub.id).toEqual([
      {
        status: sub.status,
        cancelAtPeriodEnd: sub.cancel_at_period_end,
        currentPeriodEnd: new Date(item.current_period_end * 1000),
        price: item.price.id,
      },
    ]);
  }

  // Each reader got each billing email once, and the readers whose subscription runs got one.
  const emails = await db.query<{ userId: string; kind: string; n: number }>(
    `SELECT "userId", kind, count(*)::int AS n FROM "EmailMessage" WHERE "userId" = ANY($1) GROUP BY "userId", kind`,
    [userIds],
  );
  expect(emails.rows.filter((r) => r.n > 1)).toEqual([]);
  const live = atStripe.flatMap((s, i) => (s.status === "active" ? [userIds[i]] : []));
  for (const userId of live)
    expect(
      emails.rows.some((r) => r.userId === userId),
      `no email for ${userId}`,
    ).toBe(true);
});
