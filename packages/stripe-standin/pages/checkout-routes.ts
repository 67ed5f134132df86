import { completeCheckout } from "../billing/checkout-complete";
import { expireIfDue } from "../billing/checkout-expiry";
import { StandinError } from "../core/errors";
import { route, type Route } from "../api/route";
import { h } from "./html";
import { page } from "./layout";
import { renderCheckoutPage } from "./checkout-page";
import type { PageHandler, PageResult } from "./page-route";

function missing(): PageResult {
  return { status: 404, html: page("Checkout not found", h`<h1>Checkout not found</h1><p>This checkout link is not valid.</p>`) };
}

export const checkoutPageRoutes: Route<PageHandler>[] = [
  route<PageHandler>("GET", "/c/pay/:id", ({ rt, path }) => {
    const session = rt.state.checkoutSessions[path.id ?? ""];
    return session ? { status: 200, html: renderCheckoutPage(rt, expireIfDue(rt, session), null) } : missing();
  }),

  // Nothing is created unless the whole submission is accepted; a refusal re-renders the form.
  route<PageHandler>("POST", "/c/pay/:id", ({ rt, path, form }) => {
    const session = rt.state.checkoutSessions[path.id ?? ""];
    if (!session) return missing();
    const values = {
      email: form.get("email") ?? "",
      name: form.get("billingName") ?? "",
      expiry: form.get("cardExpiry") ?? "",
      promotionCode: form.get("promotionCode") ?? "",
    };
    try {
      const location = completeCheckout(rt, session, {
        email: values.email,
        name: values.name,
        promotionCode: values.promotionCode,
        card: { number: form.get("cardNumber") ?? "", expiry: values.expiry, cvc: form.get("cardCvc") ?? "" },
      });
      rt.save();
      return { redirect: location };
    } catch (err) {
      if (!(err instanceof StandinError)) throw err;
      return { status: err.status === 402 ? 402 : 400, html: renderCheckoutPage(rt, session, err.message, values) };
    }
  }),
];
