import { invalidRequest } from "../core/errors";
import type { Runtime } from "../state/runtime";
import { toCheckoutLineItems, toCheckoutSession } from "./checkout-session";
import { toCoupon } from "./coupon";
import { toCustomerOrDeleted } from "./customer";
import { toDiscount } from "./discount";
import { toInvoice } from "./invoice";
import { toPortalSession } from "./portal-session";
import { toPrice } from "./price";
import { toProduct } from "./product";
import { toPromotionCode } from "./promotion-code";
import { toSubscription } from "./subscription";

/** Renders whichever object an id names, by Stripe prefix; coupon ids have none, so they come last. */
export function renderById(rt: Runtime, id: string): object | undefined {
  const s = rt.state;
  const pick = <R>(rec: R | undefined, render: (r: R) => object) => (rec ? render(rec) : undefined);
  if (id.startsWith("cus_")) return pick(s.customers[id], toCustomerOrDeleted);
  if (id.startsWith("prod_")) return pick(s.products[id], toProduct);
  if (id.startsWith("price_")) return pick(s.prices[id], toPrice);
  if (id.startsWith("promo_")) return pick(s.promotionCodes[id], toPromotionCode);
  if (id.startsWith("di_")) return pick(s.discounts[id], toDiscount);
  if (id.startsWith("sub_")) return pick(s.subscriptions[id], (r) => toSubscription(rt, r));
  if (id.startsWith("in_")) return pick(s.invoices[id], (r) => toInvoice(rt, r));
  if (id.startsWith("cs_")) return pick(s.checkoutSessions[id], (r) => toCheckoutSession(rt, r));
  if (id.startsWith("bps_")) return pick(s.portalSessions[id], (r) => toPortalSession(rt, r));
  return pick(s.coupons[id], (r) => toCoupon(r, rt.now()));
}

/** Fields Stripe leaves out unless expanded (they are not ids that can be swapped for objects). */
function includable(rt: Runtime, node: Record<string, unknown>, key: string): unknown {
  const id = typeof node.id === "string" ? node.id : "";
  if (node.object === "checkout.session" && key === "line_items") {
    const rec = rt.state.checkoutSessions[id];
    return rec ? toCheckoutLineItems(rt, rec) : undefined;
  }
  if (node.object === "customer" && key === "subscriptions") {
    const data = Object.values(rt.state.subscriptions)
      .filter((sub) => sub.customer === id && sub.status !== "canceled")
      .map((sub) => toSubscription(rt, sub));
    return { object: "list", data, has_more: false, url: `/v1/customers/${id}/subscriptions` };
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function expandPath(rt: Runtime, node: unknown, segments: string[]): unknown {
  if (Array.isArray(node)) return node.map((el) => expandPath(rt, el, segments));
  const [key, ...rest] = segments;
  if (!isRecord(node) || key === undefined) return node;
  let value = key in node ? node[key] : includable(rt, node, key);
  // Expandable fields are ids or arrays of ids (e.g. `subscription.discounts`).
  const resolve = (v: unknown) => (typeof v === "string" ? (renderById(rt, v) ?? v) : v);
  value = Array.isArray(value) ? value.map(resolve) : resolve(value);
  if (rest.length > 0) value = expandPath(rt, value, rest);
  if (value !== undefined) node[key] = value;
  return node;
}

/**
 * Applies `expand[]` paths (e.g. `subscription`, `data.customer`, `items.data.price.product`) to a
 * freshly built object, in place. Unknown paths are ignored rather than rejected, so an app that
 * over-expands still works; real Stripe would answer 400 for a non-expandable path.
 */
export function expandObject<T extends object>(rt: Runtime, obj: T, paths: readonly string[] | undefined): T {
  for (const path of paths ?? []) {
    const segments = path.split(".");
    // List responses prefix paths with `data.`, which does not count towards Stripe's depth limit.
    const depth = segments[0] === "data" ? segments.length - 1 : segments.length;
    if (depth > 4) throw invalidRequest("You cannot expand more than 4 levels of a property.", "expand");
    expandPath(rt, obj, segments);
  }
  return obj;
}
