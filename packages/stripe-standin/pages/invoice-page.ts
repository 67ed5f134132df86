import { route, type Route } from "../api/route";
import { h } from "./html";
import { formatDate, formatMoney, page } from "./layout";
import type { PageHandler } from "./page-route";

/** Minimal hosted invoice page, so `invoice.hosted_invoice_url` leads somewhere readable. */
export const invoicePageRoutes: Route<PageHandler>[] = [
  route<PageHandler>("GET", "/i/:id", ({ rt, path }) => {
    const inv = rt.state.invoices[path.id ?? ""];
    if (!inv) return { status: 404, html: page("Invoice not found", h`<h1>Invoice not found</h1>`) };
    const rows = inv.lines.map((l) => h`<tr><td>${l.description}</td><td>${formatMoney(l.amount, inv.currency)}</td></tr>`);
    const discount = inv.subtotal - inv.total;
    return {
      status: 200,
      html: page(
        `Invoice ${inv.number}`,
        h`<h1>Invoice ${inv.number}</h1><p>Issued ${formatDate(inv.created)} — status: ${inv.status}</p>
<table><thead><tr><th scope="col">Description</th><th scope="col">Amount</th></tr></thead><tbody>${rows}
${discount > 0 ? h`<tr><td>Discount</td><td>−${formatMoney(discount, inv.currency)}</td></tr>` : ""}
<tr><th scope="row">Total</th><td><strong>${formatMoney(inv.total, inv.currency)}</strong></td></tr></tbody></table>`,
      ),
    };
  }),
];
