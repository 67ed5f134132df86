import { couponDiscount, describeCoupon } from "../billing/amounts";
import { sessionDiscountAmount, sessionSubtotal } from "../objects/checkout-session";
import type { Runtime } from "../state/runtime";
import type { CheckoutSessionRecord } from "../state/types";
import { h, type SafeHtml } from "./html";
import { describePrice, formatMoney, page } from "./layout";

export interface CheckoutFormValues {
  email?: string;
  name?: string;
  expiry?: string;
  promotionCode?: string;
}

function summary(rt: Runtime, session: CheckoutSessionRecord): SafeHtml {
  const currency = rt.state.prices[session.lineItems[0]?.price ?? ""]?.currency ?? "usd";
  const rows = session.lineItems.map((li) => {
    const price = rt.state.prices[li.price];
    const product = price ? rt.state.products[price.product] : undefined;
    return h`<tr><th scope="row">${product?.name ?? "Subscription"}${li.quantity > 1 ? ` × ${li.quantity}` : ""}</th><td>${price ? describePrice(price) : ""}</td></tr>`;
  });
  let remaining = sessionSubtotal(rt, session);
  const discounts = session.discounts.map((d) => {
    const coupon = rt.state.coupons[d.coupon];
    if (!coupon) return h``;
    const off = couponDiscount(coupon, remaining);
    remaining -= off;
    const label = d.promotionCode ? (rt.state.promotionCodes[d.promotionCode]?.code ?? "") : (coupon.name ?? coupon.id);
    return h`<tr><th scope="row">Discount: ${label} (${describeCoupon(coupon, formatMoney)})</th><td>−${formatMoney(off, currency)}</td></tr>`;
  });
  const total = sessionSubtotal(rt, session) - sessionDiscountAmount(rt, session);
  return h`<table aria-label="Order summary"><tbody>${rows}${discounts}
<tr><th scope="row">Total due today</th><td><strong>${formatMoney(total, currency)}</strong></td></tr></tbody></table>`;
}

function productTitle(rt: Runtime, session: CheckoutSessionRecord): string {
  const price = rt.state.prices[session.lineItems[0]?.price ?? ""];
  return (price && rt.state.products[price.product]?.name) || "your subscription";
}

function closedPage(title: string, message: string, link: { href: string; text: string } | null): string {
  return page(title, h`<h1>${title}</h1><p>${message}</p>${link ? h`<p><a href="${link.href}">${link.text}</a></p>` : ""}`);
}

/**
 * The hosted checkout page: a plain form (no JavaScript) with labelled fields, an error region
 * announced to screen readers (role="alert"), and the order summary including any discount.
 */
export function renderCheckoutPage(
  rt: Runtime,
  session: CheckoutSessionRecord,
  error: string | null,
  values: CheckoutFormValues = {},
): string {
  if (session.status === "complete") {
    const href = session.successUrl?.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
    return closedPage("Payment complete", "This checkout has already been completed.", href ? { href, text: "Continue" } : null);
  }
  if (session.status === "expired") {
    return closedPage(
      "Checkout expired",
      "This checkout session has expired. Please start again.",
      session.cancelUrl ? { href: session.cancelUrl, text: "Go back" } : null,
    );
  }
  const customer = session.customer ? rt.state.customers[session.customer] : undefined;
  const email = customer?.email ?? values.email ?? session.customerEmail ?? "";
  const title = `Subscribe to ${productTitle(rt, session)}`;
  const promo = session.allowPromotionCodes
    ? h`<label for="promotionCode">Promotion code <span>(optional)</span></label>
<input id="promotionCode" name="promotionCode" autocomplete="off" value="${values.promotionCode ?? ""}" aria-describedby="promotionCodeHint">
<p id="promotionCodeHint">The code is checked and applied when you subscribe.</p>`
    : "";
  const body = h`${session.cancelUrl ? h`<p><a href="${session.cancelUrl}">← Cancel and go back</a></p>` : ""}
<h1>${title}</h1>
${summary(rt, session)}
${error ? h`<div role="alert" id="checkout-error">${error}</div>` : ""}
<form method="post" action="/c/pay/${session.id}" novalidate>
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${email}"${customer?.email ? h` readonly aria-readonly="true"` : ""}>
<fieldset>
<legend>Card information</legend>
<label for="cardNumber">Card number</label>
<input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" required>
<label for="cardExpiry">Expiration date (MM / YY)</label>
<input id="cardExpiry" name="cardExpiry" autocomplete="cc-exp" placeholder="MM / YY" required value="${values.expiry ?? ""}">
<label for="cardCvc">Security code (CVC)</label>
<input id="cardCvc" name="cardCvc" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC" required>
</fieldset>
<label for="billingName">Cardholder name</label>
<input id="billingName" name="billingName" autocomplete="cc-name" value="${values.name ?? ""}">
${promo}
<button type="submit">Subscribe</button>
</form>
<details><summary>Test cards</summary>
<ul><li>4242 4242 4242 4242 — succeeds</li><li>4000 0000 0000 0002 — declined</li>
<li>4000 0000 0000 0341 — first payment succeeds, renewals fail</li></ul>
<p>Use any future expiry date and any 3-digit CVC.</p></details>`;
  return page(title, body);
}
