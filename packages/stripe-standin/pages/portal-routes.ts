import { route, type Route } from "../api/route";
import { acceptCard } from "../billing/cards";
import { retryAfterCardUpdate } from "../billing/renewals";
import { updateSubscription } from "../billing/subscription-changes";
import { StandinError } from "../core/errors";
import type { Runtime } from "../state/runtime";
import type { PortalSessionRecord, SubscriptionRecord } from "../state/types";
import { h } from "./html";
import { page } from "./layout";
import type { PageCall, PageHandler, PageResult } from "./page-route";
import { alternativePrice, renderPortalPage } from "./portal-page";

const notFound: PageResult = { status: 404, html: page("Not found", h`<h1>Not found</h1><p>This billing portal link is not valid.</p>`) };

/** The session and, for subscription actions, a subscription that belongs to the session's customer. */
function resolve(call: PageCall): { session: PortalSessionRecord; sub: SubscriptionRecord | undefined } | null {
  const session = call.rt.state.portalSessions[call.path.id ?? ""];
  if (!session) return null;
  const sub = call.path.sub ? call.rt.state.subscriptions[call.path.sub] : undefined;
  if (call.path.sub && (!sub || sub.customer !== session.customer)) return null;
  return { session, sub };
}

function back(session: PortalSessionRecord, notice: string): PageResult {
  return { redirect: `/p/session/${session.id}?notice=${notice}` };
}

/** Runs a subscription action; Stripe-side refusals (e.g. already canceled) show on the page. */
function act(rt: Runtime, session: PortalSessionRecord, notice: string, fn: () => void): PageResult {
  try {
    fn();
    rt.save();
    return back(session, notice);
  } catch (err) {
    if (!(err instanceof StandinError)) throw err;
    return { status: 400, html: renderPortalPage(rt, session, null, err.message) };
  }
}

export const portalPageRoutes: Route<PageHandler>[] = [
  route<PageHandler>("GET", "/p/session/:id", (call) => {
    const found = resolve(call);
    return found ? { status: 200, html: renderPortalPage(call.rt, found.session, call.query.get("notice"), null) } : notFound;
  }),

  route<PageHandler>("POST", "/p/session/:id/subscriptions/:sub/cancel", (call) => {
    const found = resolve(call);
    if (!found?.sub) return notFound;
    const sub = found.sub;
    return act(call.rt, found.session, "canceled", () => updateSubscription(call.rt, sub, { cancelAtPeriodEnd: true }));
  }),

  route<PageHandler>("POST", "/p/session/:id/subscriptions/:sub/renew", (call) => {
    const found = resolve(call);
    if (!found?.sub) return notFound;
    const sub = found.sub;
    return act(call.rt, found.session, "renewed", () => updateSubscription(call.rt, sub, { cancelAtPeriodEnd: false }));
  }),

  // Only the offered alternative (same product, other interval) is accepted, not any price id.
  route<PageHandler>("POST", "/p/session/:id/subscriptions/:sub/switch", (call) => {
    const found = resolve(call);
    const item = found?.sub?.items[0];
    const current = item ? call.rt.state.prices[item.price] : undefined;
    const alt = current ? alternativePrice(call.rt, current) : undefined;
    if (!found?.sub || !item || !alt || call.form.get("price") !== alt.id) return notFound;
    const sub = found.sub;
    return act(call.rt, found.session, "switched", () => updateSubscription(call.rt, sub, { items: [{ id: item.id, price: alt.id }] }));
  }),

  route<PageHandler>("POST", "/p/session/:id/payment-method", (call) => {
    const found = resolve(call);
    if (!found) return notFound;
    const { rt } = call;
    const customer = rt.state.customers[found.session.customer];
    if (!customer) return notFound;
    try {
      customer.card = acceptCard(
        { number: call.form.get("cardNumber") ?? "", expiry: call.form.get("cardExpiry") ?? "", cvc: call.form.get("cardCvc") ?? "" },
        rt.now(),
      );
    } catch (err) {
      if (!(err instanceof StandinError)) throw err;
      return { status: 402, html: renderPortalPage(rt, found.session, null, err.message) };
    }
    const pastDueBefore = Object.values(rt.state.subscriptions).filter((s) => s.customer === customer.id && s.status === "past_due").length;
    retryAfterCardUpdate(rt, customer.id);
    const pastDueAfter = Object.values(rt.state.subscriptions).filter((s) => s.customer === customer.id && s.status === "past_due").length;
    rt.save();
    return back(found.session, pastDueAfter < pastDueBefore ? "card_paid" : "card");
  }),
];
