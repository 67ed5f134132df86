import { z } from "zod";
import { invalidRequest, missingParam } from "../core/errors";
import { newestFirst, paginate } from "../core/list";
import { mergeMetadata, parseParams, zBool, zExpand, zInt, zListParams, zMetadata } from "../core/params";
import { recurringItems, requestedDiscounts } from "../billing/new-subscription-params";
import { createSubscription } from "../billing/subscription-create";
import { updateSubscription, type SubscriptionChanges } from "../billing/subscription-changes";
import { endSubscription } from "../billing/subscription-events";
import { expandObject } from "../objects/resolve";
import { toSubscription } from "../objects/subscription";
import { getCustomer, getSubscription } from "../state/lookup";
import { route, type Route } from "./route";

const updateSchema = z.object({
  cancel_at_period_end: zBool.optional(),
  items: z
    .array(z.object({ id: z.string().optional(), price: z.string().optional(), quantity: zInt.pipe(z.number().min(1)).optional() }))
    .optional(),
  discounts: z
    .union([
      z.literal(""),
      z.array(z.object({ coupon: z.string().optional(), promotion_code: z.string().optional(), discount: z.string().optional() })),
    ])
    .optional(),
  metadata: zMetadata.optional(),
  // Accepted so app code that passes them works; prorations are not modelled (see README).
  proration_behavior: z.enum(["create_prorations", "none", "always_invoice"]).optional(),
  payment_behavior: z.string().optional(),
  expand: zExpand,
});

const createSchema = z.object({
  customer: z.string().optional(),
  items: z.array(z.object({ price: z.string().optional(), quantity: zInt.pipe(z.number().min(1)).optional() })).optional(),
  default_payment_method: z.string().optional(),
  discounts: z.array(z.object({ coupon: z.string().optional(), promotion_code: z.string().optional() })).optional(),
  metadata: zMetadata.optional(),
  // Only Stripe's default, allow_incomplete, is modelled: a refused first payment leaves the subscription incomplete.
  payment_behavior: z.string().optional(),
  expand: zExpand,
});

const cancelSchema = z.object({
  cancellation_details: z.object({ comment: z.string().optional(), feedback: z.string().optional() }).optional(),
  // Accepted and ignored: no proration credit is made (see README).
  invoice_now: zBool.optional(),
  prorate: zBool.optional(),
  expand: zExpand,
});

const listSchema = z.object({
  ...zListParams,
  customer: z.string().optional(),
  price: z.string().optional(),
  status: z
    .enum(["active", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "trialing", "paused", "all", "ended"])
    .optional(),
});

export const subscriptionRoutes: Route[] = [
  // Charges the customer's saved card (see payment_methods attach) for the first period at once.
  route("POST", "/v1/subscriptions", ({ rt, params }) => {
    const p = parseParams(createSchema, params);
    if (!p.customer) throw missingParam("customer");
    const customer = getCustomer(rt, p.customer, "customer");
    if (p.default_payment_method && p.default_payment_method !== customer.card?.id) {
      throw invalidRequest(
        `The customer does not have a payment method with the ID ${p.default_payment_method}. The payment method must be attached to the customer.`,
        "default_payment_method",
      );
    }
    const { sub } = createSubscription(rt, {
      customer,
      items: recurringItems(rt, p.items, "items"),
      metadata: mergeMetadata({}, p.metadata),
      discounts: requestedDiscounts(rt, p.discounts, customer.id),
      checkoutSession: null,
    });
    return expandObject(rt, toSubscription(rt, sub), p.expand);
  }),

  route("GET", "/v1/subscriptions/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    return expandObject(rt, toSubscription(rt, getSubscription(rt, path.id ?? "")), p.expand);
  }),

  route("POST", "/v1/subscriptions/:id", ({ rt, params, path }) => {
    const p = parseParams(updateSchema, params);
    const sub = getSubscription(rt, path.id ?? "");
    const changes: SubscriptionChanges = {};
    if (p.cancel_at_period_end !== undefined) changes.cancelAtPeriodEnd = p.cancel_at_period_end;
    if (p.items !== undefined) changes.items = p.items;
    if (p.discounts !== undefined) changes.discounts = p.discounts;
    if (p.metadata !== undefined) changes.metadata = p.metadata;
    updateSubscription(rt, sub, changes);
    return expandObject(rt, toSubscription(rt, sub), p.expand);
  }),

  // The SDK's `subscriptions.cancel()` is DELETE: the subscription ends now.
  route("DELETE", "/v1/subscriptions/:id", ({ rt, params, path }) => {
    const p = parseParams(cancelSchema, params);
    const sub = getSubscription(rt, path.id ?? "");
    if (sub.status === "canceled") throw invalidRequest("A canceled subscription can only update its cancellation_details and metadata.");
    endSubscription(rt, sub, "cancellation_requested", rt.now(), p.cancellation_details?.comment);
    return expandObject(rt, toSubscription(rt, sub), p.expand);
  }),

  route("GET", "/v1/subscriptions", ({ rt, params }) => {
    const p = parseParams(listSchema, params);
    // Like Stripe, canceled subscriptions are only listed when asked for by status.
    const statusMatches = (status: string) =>
      p.status === "all" ? true : p.status === "ended" ? status === "canceled" : p.status ? status === p.status : status !== "canceled";
    const all = newestFirst(rt.state.subscriptions).filter(
      (s) =>
        statusMatches(s.status) &&
        (p.customer === undefined || s.customer === p.customer) &&
        (p.price === undefined || s.items.some((i) => i.price === p.price)),
    );
    return expandObject(
      rt,
      paginate(
        all.map((s) => toSubscription(rt, s)),
        p,
        "/v1/subscriptions",
      ),
      p.expand,
    );
  }),
];
