import { z } from "zod";
import { invalidRequest, missingParam } from "../core/errors";
import { ID_PREFIX, newId } from "../core/ids";
import { newestFirst, paginate } from "../core/list";
import { mergeMetadata, parseParams, zBool, zExpand, zInt, zListParams, zMetadata } from "../core/params";
import { expireIfDue } from "../billing/checkout-expiry";
import { recurringItems, requestedDiscounts } from "../billing/new-subscription-params";
import { toCheckoutLineItems, toCheckoutSession } from "../objects/checkout-session";
import { expandObject } from "../objects/resolve";
import { getCheckoutSession, getCustomer } from "../state/lookup";
import type { CheckoutSessionRecord } from "../state/types";
import { route, type Route } from "./route";

const createSchema = z.object({
  mode: z.string().optional(),
  customer: z.string().optional(),
  customer_email: z.string().optional(),
  line_items: z.array(z.object({ price: z.string().optional(), quantity: zInt.pipe(z.number().min(1)).optional() })).optional(),
  success_url: z.string().optional(),
  cancel_url: z.string().optional(),
  client_reference_id: z.string().max(200).optional(),
  metadata: zMetadata.optional(),
  allow_promotion_codes: zBool.optional(),
  discounts: z.array(z.object({ coupon: z.string().optional(), promotion_code: z.string().optional() })).optional(),
  subscription_data: z.object({ metadata: zMetadata.optional() }).optional(),
  expires_at: zInt.optional(),
  expand: zExpand,
});

export const checkoutSessionRoutes: Route[] = [
  route("POST", "/v1/checkout/sessions", ({ rt, params }) => {
    const p = parseParams(createSchema, params);
    if (!p.mode) throw missingParam("mode");
    if (p.mode !== "subscription") throw invalidRequest("stripe-standin only supports Checkout in `subscription` mode.", "mode");
    if (p.customer && p.customer_email)
      throw invalidRequest("You may only specify one of these parameters: customer, customer_email.", "customer_email");
    if (p.allow_promotion_codes && p.discounts?.length) {
      throw invalidRequest("You may only specify one of these parameters: allow_promotion_codes, discounts.", "allow_promotion_codes");
    }
    if (!p.success_url) throw missingParam("success_url");
    const customer = p.customer ? getCustomer(rt, p.customer, "customer") : null;
    const now = rt.now();
    const rec: CheckoutSessionRecord = {
      id: newId(ID_PREFIX.checkoutSession, 58),
      created: now,
      expiresAt: p.expires_at ?? now + 24 * 3600,
      customer: customer?.id ?? null,
      customerEmail: p.customer_email ?? null,
      lineItems: recurringItems(rt, p.line_items, "line_items").map((item) => ({ id: newId(ID_PREFIX.lineItem, 24), ...item })),
      successUrl: p.success_url,
      cancelUrl: p.cancel_url ?? null,
      clientReferenceId: p.client_reference_id ?? null,
      metadata: mergeMetadata({}, p.metadata),
      allowPromotionCodes: p.allow_promotion_codes ?? false,
      discounts: requestedDiscounts(rt, p.discounts, customer?.id ?? null),
      subscriptionMetadata: mergeMetadata({}, p.subscription_data?.metadata),
      status: "open",
      paymentStatus: "unpaid",
      subscription: null,
      invoice: null,
      customerDetails: null,
    };
    rt.state.checkoutSessions[rec.id] = rec;
    return expandObject(rt, toCheckoutSession(rt, rec), p.expand);
  }),

  route("GET", "/v1/checkout/sessions/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    const rec = getCheckoutSession(rt, path.id ?? "", "session");
    expireIfDue(rt, rec);
    return expandObject(rt, toCheckoutSession(rt, rec), p.expand);
  }),

  route("GET", "/v1/checkout/sessions/:id/line_items", ({ rt, params, path }) => {
    const p = parseParams(z.object(zListParams), params);
    const rec = getCheckoutSession(rt, path.id ?? "", "session");
    const all = toCheckoutLineItems(rt, rec);
    return expandObject(rt, paginate(all.data, p, all.url), p.expand);
  }),

  route("POST", "/v1/checkout/sessions/:id/expire", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    const rec = expireIfDue(rt, getCheckoutSession(rt, path.id ?? "", "session"));
    if (rec.status !== "open")
      throw invalidRequest(
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${rec.status}".`,
      );
    rec.status = "expired";
    return expandObject(rt, toCheckoutSession(rt, rec), p.expand);
  }),

  route("GET", "/v1/checkout/sessions", ({ rt, params }) => {
    const schema = z.object({
      ...zListParams,
      customer: z.string().optional(),
      subscription: z.string().optional(),
      status: z.enum(["open", "complete", "expired"]).optional(),
    });
    const p = parseParams(schema, params);
    const all = newestFirst(rt.state.checkoutSessions)
      .map((r) => expireIfDue(rt, r))
      .filter(
        (r) =>
          (p.customer === undefined || r.customer === p.customer) &&
          (p.subscription === undefined || r.subscription === p.subscription) &&
          (p.status === undefined || r.status === p.status),
      );
    return expandObject(
      rt,
      paginate(
        all.map((r) => toCheckoutSession(rt, r)),
        p,
        "/v1/checkout/sessions",
      ),
      p.expand,
    );
  }),
];
