import { describeCoupon } from "../billing/amounts";
import type { Runtime } from "../state/runtime";
import type { PortalSessionRecord, PriceRecord, SubscriptionRecord } from "../state/types";
import { h, type SafeHtml } from "./html";
import { describePrice, formatDate, formatMoney, page } from "./layout";

export const PORTAL_NOTICES: Record<string, string> = {
  canceled: "Your plan will be canceled at the end of the billing period.",
  renewed: "Your plan will renew as usual.",
  switched: "Your plan has been changed.",
  card: "Your card has been updated.",
  card_paid: "Your card has been updated and your outstanding invoice was paid.",
};

/** The other active recurring price of the same product with a different interval (monthly ↔ yearly). */
export function alternativePrice(rt: Runtime, current: PriceRecord): PriceRecord | undefined {
  return Object.values(rt.state.prices).find(
    (p) =>
      p.id !== current.id &&
      p.active &&
      p.product === current.product &&
      p.currency === current.currency &&
      p.recurring !== null &&
      p.recurring.interval !== current.recurring?.interval,
  );
}

const ADVERB: Record<string, string> = { day: "daily", week: "weekly", month: "monthly", year: "yearly" };

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function statusLine(sub: SubscriptionRecord): SafeHtml {
  if (sub.status === "past_due") {
    const retry = sub.nextRetryAt ? ` We will try again on ${formatDate(sub.nextRetryAt)}.` : "";
    return h`<p><strong>Payment failed.</strong>${retry} Update your card below to pay now.</p>`;
  }
  if (sub.cancelAtPeriodEnd) return h`<p>Your plan will be canceled on <strong>${formatDate(sub.currentPeriodEnd)}</strong>.</p>`;
  return h`<p>Renews on <strong>${formatDate(sub.currentPeriodEnd)}</strong>.</p>`;
}

function subscriptionSection(rt: Runtime, session: PortalSessionRecord, sub: SubscriptionRecord): SafeHtml {
  const price = rt.state.prices[sub.items[0]?.price ?? ""];
  const product = price ? rt.state.products[price.product] : undefined;
  const base = `/p/session/${session.id}/subscriptions/${sub.id}`;
  const discounts = sub.discounts.map((id) => {
    const d = rt.state.discounts[id];
    const coupon = d ? rt.state.coupons[d.coupon] : undefined;
    if (!d || !coupon) return "";
    const code = d.promotionCode ? rt.state.promotionCodes[d.promotionCode]?.code : coupon.name;
    return h`<p>Discount: ${code ? `${code} — ` : ""}${describeCoupon(coupon, formatMoney)}${d.end ? ` (until ${formatDate(d.end)})` : ""}</p>`;
  });
  const alt = price ? alternativePrice(rt, price) : undefined;
  const canChange = sub.status === "active" || sub.status === "past_due";
  const switchForm =
    alt && canChange && !sub.cancelAtPeriodEnd
      ? h`<form method="post" action="${base}/switch"><input type="hidden" name="price" value="${alt.id}">
<button type="submit" class="secondary">Switch to ${ADVERB[alt.recurring?.interval ?? "month"] ?? "other"} billing (${describePrice(alt)})</button></form>`
      : "";
  const cancelForm = !canChange
    ? ""
    : sub.cancelAtPeriodEnd
      ? h`<form method="post" action="${base}/renew"><button type="submit">Renew plan</button></form>`
      : h`<form method="post" action="${base}/cancel"><button type="submit" class="secondary">Cancel plan</button></form>`;
  return h`<section aria-labelledby="h-${sub.id}">
<h2 id="h-${sub.id}">${product?.name ?? "Subscription"}</h2>
<p>Plan: <strong>${price ? describePrice(price) : ""}</strong></p>
${statusLine(sub)}${discounts}${switchForm}${cancelForm}
</section>`;
}

function invoicesSection(rt: Runtime, customerId: string): SafeHtml {
  const invoices = Object.values(rt.state.invoices)
    .filter((i) => i.customer === customerId)
    .reverse();
  if (invoices.length === 0) return h`<section><h2>Invoices</h2><p>No invoices yet.</p></section>`;
  const rows = invoices.map(
    (i) =>
      h`<tr><td>${formatDate(i.created)}</td><td><a href="/i/${i.id}">${i.number}</a></td><td>${formatMoney(i.total, i.currency)}</td><td>${i.status === "paid" ? "Paid" : i.status === "open" ? "Payment due" : i.status}</td></tr>`,
  );
  return h`<section><h2>Invoices</h2><table><thead><tr><th scope="col">Date</th><th scope="col">Invoice</th><th scope="col">Amount</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function renderPortalPage(rt: Runtime, session: PortalSessionRecord, notice: string | null, cardError: string | null): string {
  const customer = rt.state.customers[session.customer];
  const subs = Object.values(rt.state.subscriptions).filter((s) => s.customer === session.customer && s.status !== "canceled");
  const card = customer?.card;
  const site = session.returnUrl ? hostOf(session.returnUrl) : null;
  const body = h`${session.returnUrl ? h`<p><a href="${session.returnUrl}">← Return to ${site}</a></p>` : ""}
<h1>Manage your subscription</h1>
${customer?.email ? h`<p>Signed in as ${customer.email}</p>` : ""}
${notice && PORTAL_NOTICES[notice] ? h`<div role="status">${PORTAL_NOTICES[notice]}</div>` : ""}
${subs.length === 0 ? h`<p>You have no active subscriptions.</p>` : subs.map((s) => subscriptionSection(rt, session, s))}
<section aria-labelledby="h-card">
<h2 id="h-card">Payment method</h2>
<p>${card ? `${card.brand.toUpperCase()} ending in ${card.last4}, expires ${String(card.expMonth).padStart(2, "0")}/${card.expYear}` : "No card on file."}</p>
${cardError ? h`<div role="alert" id="card-error">${cardError}</div>` : ""}
<form method="post" action="/p/session/${session.id}/payment-method">
<label for="cardNumber">New card number</label>
<input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" required>
<label for="cardExpiry">Expiration date (MM / YY)</label>
<input id="cardExpiry" name="cardExpiry" autocomplete="cc-exp" placeholder="MM / YY" required>
<label for="cardCvc">Security code (CVC)</label>
<input id="cardCvc" name="cardCvc" inputmode="numeric" autocomplete="cc-csc" required>
<button type="submit">Update card</button>
</form>
</section>
${invoicesSection(rt, session.customer)}`;
  return page("Manage your subscription", body);
}
